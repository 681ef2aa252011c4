package org.regia.grants.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.regia.grants.AgreementSnapshot;
import org.regia.grants.Amendment;
import org.regia.grants.AmendmentService;
import org.regia.shared.DomainException;
import org.regia.shared.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * API of agreement amendments: the amendments of a grant and their decisions, the agreement's versions with their full
 * terms, the comparison of two versions; requesting (programme officers, administrators), approving and rejecting
 * (committee, administrators). Refusals are problem details naming the field.
 */
@ApiController("/api/grants/{id}")
@Tag(name = "Grant amendments", description = "Amendments of grant agreements and the agreement's versions")
@PreAuthorize("hasAnyRole('APPLICANT','FINANCE_OFFICER','PROGRAMME_OFFICER','COMMITTEE','CONTROL_OFFICER','ADMIN')")
class AmendmentsApiController {

    private final AmendmentService amendments;

    AmendmentsApiController(AmendmentService amendments) {
        this.amendments = amendments;
    }

    record AmendmentView(int number, String kind, String state, String reason, String requestedBy, Instant requestedAt,
                         int baseVersion, BigDecimal shifted, boolean autoApproved, String decidedBy, Instant decidedAt,
                         String decisionReason, Integer resultVersion, List<AgreementSnapshot.Change> changes) {
    }

    /** One amount of a budget shift. */
    record AmountRequest(UUID organisationId, int year, BigDecimal amount) {
    }

    /**
     * An amendment request: {@code kind} END_DATE (with {@code end}), BUDGET_SHIFT (with {@code amounts}) or
     * PARTNER_CHANGE (with {@code leaving} and {@code receiving}, or {@code newPartner}: an enterprise number).
     */
    record AmendmentRequest(String kind, String reason, LocalDate end, List<AmountRequest> amounts, UUID leaving,
                            UUID receiving, String newPartner) {
    }

    record Decision(String reason) {
    }

    @GetMapping("/amendments")
    @Operation(summary = "The amendments of a grant, latest first, with what each changes (old → new)")
    List<AmendmentView> list(@PathVariable UUID id) {
        return amendments.amendments(id).stream().map(this::view).toList();
    }

    @PostMapping("/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    @Operation(summary = "Request an amendment (a budget shift within the tolerance is approved at once)")
    AmendmentView request(@PathVariable UUID id, @RequestBody AmendmentRequest body) {
        Amendment.Kind kind;
        try {
            kind = Amendment.Kind.valueOf(body.kind() == null ? "" : body.kind());
        } catch (IllegalArgumentException e) {
            throw DomainException.onField("kind", "grants.amendment.kindRequired");
        }
        Amendment a = switch (kind) {
            case END_DATE -> amendments.requestEndDate(id, body.end(), body.reason());
            case BUDGET_SHIFT -> {
                Map<UUID, Map<Integer, BigDecimal>> amounts = new HashMap<>();
                if (body.amounts() != null) {
                    body.amounts().forEach(x -> amounts.computeIfAbsent(x.organisationId(), o -> new HashMap<>()).put(x.year(), x.amount()));
                }
                yield amendments.requestBudgetShift(id, amounts, body.reason());
            }
            case PARTNER_CHANGE -> amendments.requestPartnerChange(id, body.leaving(), body.receiving(), body.newPartner(), body.reason());
        };
        return view(a);
    }

    @PostMapping("/amendments/{number}/approve")
    @PreAuthorize("hasAnyRole('COMMITTEE','ADMIN')")
    @Operation(summary = "Approve a pending amendment: the next version of the agreement comes into force")
    AmendmentView approve(@PathVariable UUID id, @PathVariable int number, @RequestBody(required = false) Decision body) {
        return view(amendments.approve(id, number, body == null ? null : body.reason()));
    }

    @PostMapping("/amendments/{number}/reject")
    @PreAuthorize("hasAnyRole('COMMITTEE','ADMIN')")
    @Operation(summary = "Reject a pending amendment with a reason: the agreement stays as it is")
    AmendmentView reject(@PathVariable UUID id, @PathVariable int number, @RequestBody(required = false) Decision body) {
        return view(amendments.reject(id, number, body == null ? null : body.reason()));
    }

    @GetMapping("/versions")
    @Operation(summary = "The versions of the agreement, oldest first (version 1 is the original)")
    List<AmendmentService.VersionInfo> versions(@PathVariable UUID id) {
        return amendments.versions(id);
    }

    @GetMapping("/versions/{number}")
    @Operation(summary = "The full terms of one version: dates, parties with amounts per year, payment and reporting schedules")
    AgreementSnapshot version(@PathVariable UUID id, @PathVariable int number) {
        return amendments.terms(id, number);
    }

    @GetMapping("/versions/{from}/compare/{to}")
    @Operation(summary = "What changed from one version to another (old → new)")
    List<AgreementSnapshot.Change> compare(@PathVariable UUID id, @PathVariable int from, @PathVariable int to) {
        return amendments.compare(id, from, to);
    }

    private AmendmentView view(Amendment a) {
        return new AmendmentView(a.getNumber(), a.getKind().name(), a.getState().name(), a.getReason(), a.getRequestedBy(),
                a.getRequestedAt(), a.getBaseVersion(), a.getShifted(), a.isAutoApproved(), a.getDecidedBy(), a.getDecidedAt(),
                a.getDecisionReason(), a.getResultVersion(), amendments.changes(a));
    }
}

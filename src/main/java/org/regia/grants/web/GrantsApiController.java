package org.regia.grants.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.regia.grants.Grant;
import org.regia.grants.GrantService;
import org.regia.shared.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** JSON API of the grants (staff): the grants with their beneficiaries' shares. */
@ApiController("/api/grants")
@Tag(name = "Grants", description = "Grants created from funding decisions, with the beneficiaries' shares")
class GrantsApiController {

    private final GrantService grants;

    GrantsApiController(GrantService grants) {
        this.grants = grants;
    }

    record PartnerView(UUID organisationId, boolean coordinator, BigDecimal amount) {
    }

    record GrantView(UUID id, String reference, String title, UUID organisationId, BigDecimal awarded, LocalDate start,
                     LocalDate end, String status, UUID decisionId, UUID applicationId, UUID callId, UUID programmeId,
                     Instant awardedAt, List<PartnerView> partners) {
    }

    @GetMapping
    @Operation(summary = "All grants, latest start first")
    List<GrantView> list() {
        return grants.list().stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One grant with its beneficiaries")
    GrantView get(@PathVariable UUID id) {
        return view(grants.get(id));
    }

    private GrantView view(Grant g) {
        return new GrantView(g.getId(), g.getReference(), g.getTitle(), g.getOrganisationId(), g.getAwarded(),
                g.getStart(), g.getEnd(), g.getStatus().name(), g.getDecisionId(), g.getApplicationId(), g.getCallId(),
                g.getProgrammeId(), g.getAwardedAt(), grants.partners(g.getId()).stream()
                .map(p -> new PartnerView(p.getOrganisationId(), p.isCoordinator(), p.getAmount())).toList());
    }
}

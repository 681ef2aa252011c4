package org.regia.grants.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.regia.grants.AgreementService;
import org.regia.grants.FinanceDashboard;
import org.regia.grants.FinanceLedger;
import org.regia.grants.Grant;
import org.regia.shared.web.ApiController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Read API of the grants: the grants with their beneficiaries' shares and where they come from, each grant's agreement
 * (amounts per partner and year, payment and reporting schedules, sign-off trail), and the finance figures. Staff see
 * every grant, a beneficiary the grants of its organisations.
 */
@ApiController("/api/grants")
@Tag(name = "Grants", description = "Grants from funding decisions, their agreements and schedules, finance figures")
@PreAuthorize("hasAnyRole('APPLICANT','FINANCE_OFFICER','PROGRAMME_OFFICER','COMMITTEE','CONTROL_OFFICER','ADMIN')")
class GrantsApiController {

    private final AgreementService agreements;
    private final FinanceDashboard dashboard;

    GrantsApiController(AgreementService agreements, FinanceDashboard dashboard) {
        this.agreements = agreements;
        this.dashboard = dashboard;
    }

    record PartnerView(UUID organisationId, boolean coordinator, BigDecimal amount) {
    }

    record GrantSummary(UUID id, String reference, String title, UUID organisationId, BigDecimal awarded, LocalDate start,
                        LocalDate end, String status, String agreementState, UUID decisionId) {
    }

    record Allocation(UUID organisationId, String organisation, boolean coordinator, int year, BigDecimal amount) {
    }

    record Instalment(String kind, BigDecimal percent, BigDecimal amount, Integer afterReport) {
    }

    record ReportDue(int number, String kind, LocalDate dueDate) {
    }

    record SignOff(String signatory, String signedBy, Instant signedAt, String evidence) {
    }

    record GrantView(UUID id, String reference, String title, UUID organisationId, BigDecimal awarded, LocalDate start,
                     LocalDate end, String status, String agreementState, UUID decisionId, UUID applicationId, UUID callId,
                     UUID programmeId, Instant awardedAt, List<PartnerView> partners, List<Allocation> allocations,
                     List<Instalment> paymentSchedule, List<ReportDue> reportingSchedule, List<SignOff> signOffs) {
    }

    @GetMapping
    @Operation(summary = "Grants visible to the caller, latest start first (all for staff, their organisations' for a beneficiary)")
    List<GrantSummary> list() {
        return agreements.visible().stream().map(g -> new GrantSummary(g.getId(), g.getReference(), g.getTitle(),
                g.getOrganisationId(), g.getAwarded(), g.getStart(), g.getEnd(), g.getStatus().name(),
                g.getAgreementState().name(), g.getDecisionId())).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One grant with its beneficiaries and agreement: amounts per partner and year, schedules, sign-off trail")
    GrantView get(@PathVariable UUID id) {
        Grant g = agreements.view(id);
        var names = agreements.partyNames(g);
        List<ReportDue> reports = new ArrayList<>();
        for (int i = 0; i < g.reports().size(); i++) {
            reports.add(new ReportDue(i + 1, g.reports().get(i).kind().name(), g.reports().get(i).dueDate()));
        }
        return new GrantView(g.getId(), g.getReference(), g.getTitle(), g.getOrganisationId(), g.getAwarded(),
                g.getStart(), g.getEnd(), g.getStatus().name(), g.getAgreementState().name(), g.getDecisionId(),
                g.getApplicationId(), g.getCallId(), g.getProgrammeId(), g.getAwardedAt(),
                agreements.partners(id).stream().map(p -> new PartnerView(p.getOrganisationId(), p.isCoordinator(), p.getAmount())).toList(),
                g.allocations().stream().map(a -> new Allocation(a.organisationId(), names.get(a.organisationId()),
                        a.coordinator(), a.year(), a.amount())).toList(),
                g.instalments().stream().map(i -> new Instalment(i.kind().name(), i.percent(), i.amount(), i.reportNo())).toList(),
                reports,
                g.signOffTrail().values().stream().map(s -> new SignOff(s.signatory().name(), s.signedBy(), s.signedAt(), s.evidence())).toList());
    }

    @GetMapping("/finance")
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','COMMITTEE','CONTROL_OFFICER','ADMIN')")
    @Operation(summary = "Per budget line and year: credit, committed, liquidated, ratio and outstanding commitments")
    List<FinanceLedger.Figures> finance(@RequestParam(required = false) Integer year) {
        return dashboard.lines(year);
    }

    @GetMapping("/finance/programmes")
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','COMMITTEE','CONTROL_OFFICER','ADMIN')")
    @Operation(summary = "Per programme and beneficiary type: grants running in the year, awarded, committed, liquidated")
    List<FinanceDashboard.ProgrammeFigures> financeByProgramme(@RequestParam(required = false) Integer year,
                                                              @RequestParam(defaultValue = "fr") String lang) {
        return dashboard.byProgrammeAndType(year, java.util.Locale.forLanguageTag(lang));
    }
}

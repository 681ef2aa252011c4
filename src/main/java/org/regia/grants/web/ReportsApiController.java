package org.regia.grants.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.regia.grants.GrantReport;
import org.regia.grants.Recovery;
import org.regia.grants.RecoveryService;
import org.regia.grants.ReportService;
import org.regia.grants.ScheduledPayments;
import org.regia.shared.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Reports on grants (submission by the beneficiary, scientific and financial checks, every submission kept), overdue
 * reports, payments of the agreement's schedule and recoveries.
 */
@ApiController("/api/grants")
@Tag(name = "Grant reports", description = "Progress and final reports, cost claims, scheduled payments, recoveries")
@PreAuthorize("hasAnyRole('APPLICANT','FINANCE_OFFICER','PROGRAMME_OFFICER','COMMITTEE','CONTROL_OFFICER','ADMIN')")
class ReportsApiController {

    private final ReportService reports;
    private final ScheduledPayments schedule;
    private final RecoveryService recoveries;

    ReportsApiController(ReportService reports, ScheduledPayments schedule, RecoveryService recoveries) {
        this.reports = reports;
        this.schedule = schedule;
        this.recoveries = recoveries;
    }

    record ReportStatusView(UUID grantId, String grantReference, int number, String kind, LocalDate due, String status,
                            long daysLate, Integer latestSubmission) {
        static ReportStatusView of(ReportService.ReportStatus s) {
            return new ReportStatusView(s.grantId(), s.grantReference(), s.number(), s.kind().name(), s.due(),
                    s.status().name(), s.daysLate(), s.latest() == null ? null : s.latest().getSubmissionNo());
        }
    }

    record SubmissionView(int submission, Instant submittedAt, String submittedBy, String scientificText,
                          Map<GrantReport.Category, BigDecimal> claimed, String scientificCheck, String scientificComment,
                          String financialCheck, String financialComment, Map<GrantReport.Category, BigDecimal> accepted,
                          String state) {
        static SubmissionView of(GrantReport r) {
            return new SubmissionView(r.getSubmissionNo(), r.getSubmittedAt(), r.getSubmittedBy(), r.getScientificText(),
                    r.claimed(), r.getScientificState().name(), r.getScientificComment(), r.getFinancialState().name(),
                    r.getFinancialComment(), r.accepted(), r.state().name());
        }
    }

    record ReportDetail(ReportStatusView report, Map<GrantReport.Category, BigDecimal> budget, List<SubmissionView> submissions) {
    }

    record Submission(String scientificText, Map<GrantReport.Category, BigDecimal> claimed) {
    }

    record ScientificCheck(boolean approve, String comment) {
    }

    record FinancialCheck(boolean approve, Map<GrantReport.Category, BigDecimal> accepted, String comment) {
    }

    record InstalmentRequest(String budgetLine, Integer year) {
    }

    record InstalmentView(int position, String kind, Integer afterReport, BigDecimal amount, String due, UUID paymentId,
                          String paymentState) {
    }

    record RecoveryView(UUID id, String reference, UUID grantId, BigDecimal acceptedCosts, BigDecimal budgetTotal,
                        BigDecimal entitled, BigDecimal paid, BigDecimal amount, BigDecimal repaid, BigDecimal outstanding,
                        LocalDate issuedOn, LocalDate dueDate, String state) {
        static RecoveryView of(Recovery r) {
            return new RecoveryView(r.getId(), r.getReference(), r.getGrantId(), r.getAcceptedCosts(), r.getBudgetTotal(),
                    r.getEntitled(), r.getPaid(), r.getAmount(), r.getRepaid(), r.outstanding(), r.getIssuedOn(),
                    r.getDueDate(), r.getState().name());
        }
    }

    record RepaymentInput(BigDecimal amount, LocalDate paidOn) {
    }

    @GetMapping("/{id}/reports")
    @Operation(summary = "The reports of a grant's schedule with their state (staff or a party to the grant)")
    List<ReportStatusView> list(@PathVariable UUID id) {
        return reports.statuses(id).stream().map(ReportStatusView::of).toList();
    }

    @GetMapping("/{id}/reports/{no}")
    @Operation(summary = "One report with every submission and the accepted budget per category")
    ReportDetail get(@PathVariable UUID id, @PathVariable int no) {
        ReportService.ReportView v = reports.report(id, no);
        return new ReportDetail(ReportStatusView.of(v.status()), v.budget(),
                v.submissions().stream().map(SubmissionView::of).toList());
    }

    @PostMapping("/{id}/reports/{no}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit a report (applicant of the coordinating organisation): scientific text and costs claimed per category")
    SubmissionView submit(@PathVariable UUID id, @PathVariable int no, @RequestBody Submission body) {
        return SubmissionView.of(reports.submit(id, no, body.scientificText(), body.claimed()));
    }

    @PostMapping("/{id}/reports/{no}/scientific")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    @Operation(summary = "Approve or reject (with a comment) the scientific part of the latest submission")
    SubmissionView scientific(@PathVariable UUID id, @PathVariable int no, @RequestBody ScientificCheck body) {
        return SubmissionView.of(reports.checkScientific(id, no, body.approve(), body.comment()));
    }

    @PostMapping("/{id}/reports/{no}/financial")
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','ADMIN')")
    @Operation(summary = "Approve the cost claim with the accepted amount per category, or reject it with a comment")
    SubmissionView financial(@PathVariable UUID id, @PathVariable int no, @RequestBody FinancialCheck body) {
        return SubmissionView.of(reports.checkFinancial(id, no, body.approve(), body.accepted(), body.comment()));
    }

    @GetMapping("/reports/overdue")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','FINANCE_OFFICER','CONTROL_OFFICER','ADMIN')")
    @Operation(summary = "Reports overdue (not submitted, or returned and not submitted again), most days late first")
    List<ReportStatusView> overdue() {
        return reports.overdue().stream().map(ReportStatusView::of).toList();
    }

    @GetMapping("/{id}/instalments")
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','PROGRAMME_OFFICER','COMMITTEE','CONTROL_OFFICER','ADMIN')")
    @Operation(summary = "The payment schedule with each payment's state (not due, due, requested)")
    List<InstalmentView> instalments(@PathVariable UUID id) {
        return reports.followUp(id).instalments().stream().map(i -> new InstalmentView(i.position(),
                i.instalment().kind().name(), i.instalment().reportNo(), i.payable(), i.due().name(),
                i.payment() == null ? null : i.payment().getId(),
                i.payment() == null ? null : i.payment().getState().name())).toList();
    }

    @PostMapping("/{id}/instalments/{position}/request")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','PROGRAMME_OFFICER','ADMIN')")
    @Operation(summary = "Request the payment of a due instalment of the schedule on a budget line and year")
    InstalmentView request(@PathVariable UUID id, @PathVariable int position, @RequestBody InstalmentRequest body) {
        if (body.year() == null) {
            throw org.regia.shared.DomainException.onField("year", "grants.year.required");
        }
        var p = schedule.request(id, position, body.budgetLine(), body.year());
        return new InstalmentView(position, null, null, p.getAmount(), ScheduledPayments.Due.REQUESTED.name(), p.getId(),
                p.getState().name());
    }

    @GetMapping("/recoveries")
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','CONTROL_OFFICER','ADMIN')")
    @Operation(summary = "Every debit note (recovery of undue amounts) with what is outstanding")
    List<RecoveryView> recoveries() {
        return recoveries.list().stream().map(RecoveryView::of).toList();
    }

    @PostMapping("/recoveries/{recoveryId}/repayments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','ADMIN')")
    @Operation(summary = "Record a repayment received on a debit note (partial or full)")
    RecoveryView repay(@PathVariable UUID recoveryId, @RequestBody RepaymentInput body) {
        recoveries.repay(recoveryId, body.amount(), body.paidOn());
        return recoveries.list().stream().filter(r -> r.getId().equals(recoveryId)).findFirst().map(RecoveryView::of).orElseThrow();
    }
}

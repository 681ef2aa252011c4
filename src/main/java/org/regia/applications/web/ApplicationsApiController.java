package org.regia.applications.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.regia.applications.Application;
import org.regia.applications.ApplicationService;
import org.regia.applications.AttachmentService;
import org.regia.applications.BudgetService;
import org.regia.applications.Ethics;
import org.regia.applications.Submission;
import org.regia.applications.SubmissionRefused;
import org.regia.applications.SubmissionService;
import org.regia.shared.web.ApiController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON API of the applications: an applicant's drafts (create, answers, budget) and their submission with an
 * idempotency key; officers list a call's applications.
 */
@ApiController("/api/applications")
@Tag(name = "Applications", description = "Drafts, budgets, submission with an idempotency key, officer listing")
class ApplicationsApiController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApplicationService applications;
    private final BudgetService budgets;
    private final AttachmentService attachments;
    private final SubmissionService submissions;
    private final MessageSource messages;

    ApplicationsApiController(ApplicationService applications, BudgetService budgets, AttachmentService attachments,
                              SubmissionService submissions, MessageSource messages) {
        this.applications = applications;
        this.budgets = budgets;
        this.attachments = attachments;
        this.submissions = submissions;
        this.messages = messages;
    }

    record Summary(UUID id, UUID callId, String title, String status, String screening, String screeningReason,
                   String receiptNumber, long version) {
    }

    record PartnerView(UUID id, UUID organisationId, String organisation, String role, String partnerRole, String status,
                       long version, List<BudgetService.LineInput> budget) {
    }

    record AttachmentView(UUID id, String field, String fileName, String contentType, long sizeBytes, String sha256) {
    }

    record Detail(Summary summary, JsonNode formData, Ethics ethics, List<PartnerView> partners,
                  List<AttachmentView> attachments, BigDecimal totalCosts, BigDecimal requestedAid) {
    }

    record NewApplication(UUID callId, UUID organisationId, String title) {
    }

    record Answers(long version, String title, JsonNode formData, Ethics ethics) {
    }

    record Budget(long version, BigDecimal overheadRate, List<BudgetService.LineInput> lines) {
    }

    record Receipt(String receiptNumber, Instant submittedAt, String snapshotSha256) {
    }

    private Summary summary(Application a) {
        return new Summary(a.getId(), a.getCallId(), a.getTitle(), a.getStatus().name(), a.getScreening().name(),
                a.getScreeningReason(), submissions.submissionOf(a.getId()).map(Submission::getReceiptNumber).orElse(null),
                a.getVersion());
    }

    private Detail detail(UUID id) {
        Application a = applications.get(id);
        var aid = budgets.stateAid(id);
        return new Detail(summary(a), JSON.readTree(a.getFormData() == null ? "{}" : a.getFormData()), a.ethics(),
                a.getPartners().stream().map(p -> new PartnerView(p.getId(), p.getOrganisationId(), p.getOrgName(),
                        p.getRole().name(), p.getPartnerRole(), p.getStatus().name(), p.getVersion(),
                        p.getBudget().stream().map(l -> new BudgetService.LineInput(l.getYear(), l.getWorkType(),
                                l.getCategory(), l.getAmount().amount())).toList())).toList(),
                attachments.of(id).stream().map(x -> new AttachmentView(x.getId(), x.getFieldKey(), x.getFileName(),
                        x.getContentType(), x.getSizeBytes(), x.getSha256())).toList(),
                aid.totalCosts().amount(), aid.totalAid().amount());
    }

    @GetMapping
    @PreAuthorize("hasRole('APPLICANT')")
    @Operation(summary = "The applications of the signed-in applicant's organisations")
    List<Summary> mine() {
        return applications.mine().stream().map(this::summary).toList();
    }

    @PostMapping
    @PreAuthorize("hasRole('APPLICANT')")
    @Operation(summary = "Create a draft for an open call, acting for one of your organisations")
    Detail create(@RequestBody NewApplication body) {
        return detail(applications.create(body.callId(), body.organisationId(), body.title()).getId());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One application with its answers, partners, budgets, attachments and requested aid")
    Detail get(@PathVariable UUID id) {
        return detail(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('APPLICANT')")
    @Operation(summary = "Save the draft's title, answers and ethics self-assessment (version = the one you loaded)")
    Detail save(@PathVariable UUID id, @RequestBody Answers body) {
        applications.save(id, body.version(), body.title(), body.formData(), body.ethics());
        return detail(id);
    }

    @PutMapping("/{id}/partners/{partnerId}/budget")
    @PreAuthorize("hasRole('APPLICANT')")
    @Operation(summary = "Replace a partner's budget lines (version = the partner's version you loaded)")
    Detail budget(@PathVariable UUID id, @PathVariable UUID partnerId, @RequestBody Budget body) {
        budgets.saveBudget(id, partnerId, body.version(), body.overheadRate(), body.lines());
        return detail(id);
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('APPLICANT')")
    @Operation(summary = "Submit while the call is open; the same Idempotency-Key always gives the same receipt",
            description = "A dossier that is not complete is refused with every error in the problem's `errors`.")
    Receipt submit(@PathVariable UUID id, @RequestHeader("Idempotency-Key") String key) {
        Submission s = submissions.submit(id, key);
        return new Receipt(s.getReceiptNumber(), s.getSubmittedAt(), s.getSnapshotSha256());
    }

    @GetMapping("/calls/{callId}")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    @Operation(summary = "A call's applications (officers), optionally filtered by status and screening")
    List<Summary> ofCall(@PathVariable UUID callId, @RequestParam(required = false) Application.Status status,
                         @RequestParam(required = false) Application.Screening screening) {
        return applications.ofCall(callId, status, screening).stream().map(this::summary).toList();
    }

    @ExceptionHandler(SubmissionRefused.class)
    ProblemDetail refused(SubmissionRefused e, Locale locale) {
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        p.setTitle(messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        p.setProperty("errors", e.errors().stream().map(fe -> Map.of("field", fe.path(),
                "message", messages.getMessage(fe.messageKey(), fe.arguments().toArray(), fe.messageKey(), locale))).toList());
        return p;
    }
}

package org.regia.applications;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.regia.catalogue.CallRules;
import org.regia.catalogue.CatalogueService;
import org.regia.identity.CurrentUser;
import org.regia.identity.RegiaAccount;
import org.regia.notifications.Mailer;
import org.regia.shared.ClockConfiguration;
import org.regia.shared.DomainException;
import org.regia.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Submission at the deadline. The instant the request started is what counts against the call's window: a request
 * that started before the deadline is accepted even if it finishes after it; a request that started after is refused.
 * The application row is locked (SELECT ... FOR UPDATE) for the whole submission, the submission table has UNIQUE
 * (application_id) and UNIQUE (idempotency_key): a double click, a retry or a concurrent second request gets the same
 * receipt, never a second submission.
 */
@Service
@Transactional
public class SubmissionService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z").withZone(ClockConfiguration.BRUSSELS);

    private final ApplicationRepository applications;
    private final ApplicationService service;
    private final SubmissionRepository submissions;
    private final AttachmentRepository attachments;
    private final FormService forms;
    private final BudgetService budgets;
    private final EligibilityService eligibility;
    private final CatalogueService catalogue;
    private final Mailer mailer;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final ReceiptNumbers receipts;

    SubmissionService(ApplicationRepository applications, ApplicationService service, SubmissionRepository submissions,
                      AttachmentRepository attachments, FormService forms, BudgetService budgets,
                      EligibilityService eligibility, CatalogueService catalogue, Mailer mailer,
                      ApplicationEventPublisher events, MessageSource messages, Clock clock, ReceiptNumbers receipts) {
        this.receipts = receipts;
        this.applications = applications;
        this.service = service;
        this.submissions = submissions;
        this.attachments = attachments;
        this.forms = forms;
        this.budgets = budgets;
        this.eligibility = eligibility;
        this.catalogue = catalogue;
        this.mailer = mailer;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** Submits now (the server clock at the start of the request). */
    public Submission submit(UUID applicationId, String idempotencyKey) {
        return submit(applicationId, idempotencyKey, clock.instant());
    }

    /**
     * Submits a request that started at {@code started}. What it reads and writes is kept to the minimum because the
     * deadline brings hundreds of these within seconds (docs/applications.md, the deadline rush): the application
     * read under its lock, the applicant's affiliations, the partners and their budget lines, the call's rules in one
     * statement, the attachments' metadata, the programme's aid settings; then the submission, the application, its
     * history, the event publication and the mails.
     */
    public Submission submit(UUID applicationId, String idempotencyKey, Instant started) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim();
        if (key == null || key.length() > 100) {
            throw new DomainException("applications.submit.keyRequired");
        }
        // lock first so the state we read is the committed one; concurrent submitters queue here
        Application a = applications.lockById(applicationId).orElseThrow(() -> new NotFoundException("application", applicationId));
        ApplicationService.Access access = service.access(a);
        if (!access.see()) {
            throw new NotFoundException("application", applicationId);
        }
        if (a.getStatus() == Application.Status.SUBMITTED) {
            // a double click, a retry after a time-out, another member of the consortium: the receipt already issued
            submissions.findByIdempotencyKey(key).filter(other -> !other.getApplicationId().equals(applicationId))
                    .ifPresent(other -> {
                        throw new DomainException("applications.submit.keyReused");
                    });
            return submissions.findByApplicationId(applicationId).orElseThrow(
                    () -> new IllegalStateException("application " + applicationId + " is submitted without a submission"));
        }
        if (!access.edit()) {
            throw new AccessDeniedException("not a member of this consortium");
        }
        CallRules call = catalogue.callRules(a.getCallId()).orElseThrow(() -> new NotFoundException("call", a.getCallId()));
        if (!call.isOpenAt(started)) {
            throw new DomainException("applications.submit.closed",
                    call.closesAt() == null ? "-" : TIME.format(call.closesAt()));
        }
        List<AttachmentInfo> files = attachments.ofApplication(a.getId());
        Set<String> attached = files.stream().map(AttachmentInfo::fieldKey).collect(Collectors.toSet());
        FormDefinition form = forms.form(a.getFormId());
        JsonNode data = FormSchema.JSON.readTree(a.getFormData()); // read once for validation, rules, snapshot, event
        List<FieldError> errors = validate(a, form, data, attached);
        if (!errors.isEmpty()) {
            throw new SubmissionRefused(errors);
        }
        BudgetService.StateAid aid = budgets.stateAid(a, call.programme().programmeId());
        List<EligibilityResult> rules = eligibility.evaluate(a, data, call.programme(), aid, attached);
        RegiaAccount me = CurrentUser.get().orElseThrow();
        String receipt = "REG-" + started.atZone(ClockConfiguration.BRUSSELS).getYear() + "-"
                + String.format("%06d", receipts.next());
        String snapshot = FormSchema.JSON.writeValueAsString(snapshot(a, form, data, started, me, files, aid));
        String sha = AttachmentService.sha256(snapshot.getBytes(StandardCharsets.UTF_8));
        // the receipt PDF is rendered from this immutable snapshot when it is downloaded (receiptPdf), not here: under
        // the deadline rush the PDF engine was two thirds of the time a submission held its row lock
        Submission s = submissions.save(new Submission(a.getId(), key, receipt, started, me.userId(), a.getFormId(),
                snapshot, sha, FormSchema.JSON.writeValueAsString(rules), null));
        a.markSubmitted(me.userId(), clock.instant());
        events.publishEvent(new ApplicationSubmitted(a.getId(), a.getCallId(), receipt, sha, started,
                ApplicationSubmitted.Dossier.of(a, data, aid.totalAid().amount())));
        notifyPartners(a, receipt, sha, started, me);
        try {
            submissions.flush();
        } catch (DataIntegrityViolationException e) {
            // the application is locked and still a draft, so only the key can clash: it is another application's
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains("idempotency_key")) {
                throw new DomainException("applications.submit.keyReused");
            }
            throw e;
        }
        return s;
    }

    /** Every problem of the application at once (form, ethics, consortium, budgets). */
    private List<FieldError> validate(Application a, FormDefinition form, JsonNode data, Set<String> attached) {
        List<FieldError> errors = new ArrayList<>(form.schema().validate(data, attached));
        for (String q : a.ethics().unanswered()) {
            errors.add(FieldError.of("ethics." + q, "applications.validation.ethicsUnanswered"));
        }
        for (Partner p : a.getPartners()) {
            if (p.getStatus() == Partner.Status.INVITED) {
                errors.add(FieldError.of("partners", "applications.validation.invitationPending", p.getInvitedEmail()));
            } else if (p.totalCosts().equals(org.regia.shared.Money.ZERO)) {
                errors.add(FieldError.of("budget." + p.getId(), "applications.validation.budgetEmpty", p.getOrgName()));
            }
        }
        return errors;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Submission> submissionOf(UUID applicationId) {
        service.get(applicationId);
        return submissions.findByApplicationId(applicationId);
    }

    @Transactional(readOnly = true)
    public List<EligibilityResult> eligibilityOf(Submission s) {
        List<EligibilityResult> out = new ArrayList<>();
        for (JsonNode n : FormSchema.JSON.readTree(s.getEligibility())) {
            List<String> args = new ArrayList<>();
            n.path("arguments").forEach(x -> args.add(x.asString()));
            out.add(new EligibilityResult(n.path("rule").asString(), n.path("subject").isNull() ? null : n.path("subject").asString(null),
                    n.path("passed").asBoolean(), n.path("messageKey").asString(), args));
        }
        return out;
    }

    private Map<String, Object> snapshot(Application a, FormDefinition form, JsonNode data, Instant started, RegiaAccount me,
                                         List<AttachmentInfo> files, BudgetService.StateAid aid) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("applicationId", a.getId().toString());
        m.put("callId", a.getCallId().toString());
        m.put("form", Map.of("id", form.getId().toString(), "code", form.getCode(), "version", form.getVersion()));
        m.put("title", a.getTitle());
        m.put("formData", data);
        Map<String, Object> ethics = new LinkedHashMap<>();
        for (int i = 0; i < Ethics.QUESTIONS.size(); i++) {
            ethics.put(Ethics.QUESTIONS.get(i), a.ethics().answers().get(i));
        }
        m.put("ethics", ethics);
        List<Map<String, Object>> partners = new ArrayList<>();
        for (Partner p : a.acceptedPartners()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("organisationId", p.getOrganisationId().toString());
            pm.put("name", p.getOrgName());
            pm.put("type", p.getOrgType().name());
            pm.put("size", p.getOrgSize() == null ? null : p.getOrgSize().name());
            pm.put("enterpriseNumber", p.getOrgNumber());
            pm.put("role", p.getRole().name());
            pm.put("partnerRole", p.getPartnerRole());
            pm.put("overheadRate", p.getOverheadRate().toPlainString());
            pm.put("budget", p.getBudget().stream().map(l -> Map.of("year", l.getYear(), "workType", l.getWorkType().name(),
                    "category", l.getCategory().name(), "amount", l.getAmount().amount().toPlainString())).toList());
            partners.add(pm);
        }
        m.put("partners", partners);
        m.put("attachments", files.stream().map(x -> Map.of("field", x.getFieldKey(),
                "fileName", x.getFileName(), "contentType", x.getContentType(), "size", x.getSizeBytes(),
                "sha256", x.getSha256())).toList());
        m.put("stateAid", Map.of("ruleSet", aid.ruleSet().name(), "collaboration", aid.collaboration(),
                "totalCosts", aid.totalCosts().amount().toPlainString(), "totalAid", aid.totalAid().amount().toPlainString(),
                "partners", aid.partners().stream().map(pa -> Map.of("organisationId", pa.partner().getOrganisationId().toString(),
                        "costs", pa.calculation().totalCosts().amount().toPlainString(),
                        "aid", pa.calculation().grantableAid().amount().toPlainString())).toList()));
        m.put("submittedAt", started.toString());
        m.put("submittedBy", me.email());
        return m;
    }

    /**
     * The receipt PDF of a submitted application, in the reader's language: receipt number, title, instant, submitter,
     * partners and the snapshot's SHA-256, all read from the immutable snapshot (so the same facts every time).
     * Receipts issued before PDFs were rendered on demand were stored at submission: those bytes are served as they are.
     */
    @Transactional(readOnly = true)
    public byte[] receiptPdf(UUID applicationId) {
        service.get(applicationId); // visibility
        Submission s = submissions.findByApplicationId(applicationId).orElseThrow(() -> new NotFoundException("submission", applicationId));
        if (s.getReceiptPdf() != null) {
            return s.getReceiptPdf();
        }
        JsonNode snapshot = FormSchema.JSON.readTree(s.getSnapshot());
        Locale locale = LocaleContextHolder.getLocale();
        StringBuilder partners = new StringBuilder();
        for (JsonNode p : snapshot.path("partners")) {
            partners.append("<li>").append(esc(p.path("name").asString())).append(" (").append(esc(p.path("role").asString())).append(")</li>");
        }
        String html = """
                <html><head><style>body{font-family:sans-serif;font-size:11pt} .hash{font-family:monospace;font-size:9pt}
                h1{font-size:16pt}</style></head><body>
                <h1>%s</h1>
                <p><b>%s</b>: %s</p>
                <p><b>%s</b>: %s</p>
                <p><b>%s</b>: %s</p>
                <p><b>%s</b>: %s</p>
                <p><b>%s</b>:</p><ul>%s</ul>
                <p><b>SHA-256</b>:</p><p class="hash">%s</p>
                <p>%s</p>
                </body></html>
                """.formatted(esc(msg("applications.receipt.title", locale)),
                esc(msg("applications.receipt.number", locale)), esc(s.getReceiptNumber()),
                esc(msg("applications.receipt.application", locale)), esc(snapshot.path("title").asString()),
                esc(msg("applications.receipt.submittedAt", locale)), esc(TIME.format(s.getSubmittedAt())),
                esc(msg("applications.receipt.submittedBy", locale)), esc(snapshot.path("submittedBy").asString()),
                esc(msg("applications.receipt.partners", locale)), partners, s.getSnapshotSha256(),
                esc(msg("applications.receipt.hashNote", locale)));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.withHtmlContent(html, null);
            b.toStream(out);
            b.run();
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("receipt PDF", e);
        }
    }

    private void notifyPartners(Application a, String receipt, String sha, Instant at, RegiaAccount me) {
        Set<String> to = new java.util.LinkedHashSet<>();
        to.add(me.email());
        a.acceptedPartners().stream().map(Partner::getInvitedEmail).filter(e -> e != null).forEach(to::add);
        for (String email : to) {
            mailer.send(email, "Regia: " + receipt + " — " + a.getTitle(),
                    "Application submitted / Demande introduite / Aanvraag ingediend\n" + a.getTitle() + "\n"
                            + receipt + "\n" + TIME.format(at) + "\nSHA-256: " + sha);
        }
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

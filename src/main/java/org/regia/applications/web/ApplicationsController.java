package org.regia.applications.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regia.applications.Application;
import org.regia.applications.ApplicationService;
import org.regia.applications.AttachmentService;
import org.regia.applications.BudgetLine;
import org.regia.applications.BudgetService;
import org.regia.applications.CostCategory;
import org.regia.applications.Ethics;
import org.regia.applications.FieldError;
import org.regia.applications.FormService;
import org.regia.applications.FormSchema;
import org.regia.applications.Partner;
import org.regia.applications.Submission;
import org.regia.applications.SubmissionRefused;
import org.regia.applications.SubmissionService;
import org.regia.catalogue.Call;
import org.regia.catalogue.CatalogueService;
import org.regia.identity.CurrentUser;
import org.regia.identity.Role;
import org.regia.shared.DomainException;
import org.regia.stateaid.WorkType;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The dossier screens: applicants create a draft for an open call, fill the call's form (rendered from its
 * definition), give their budget with the state-aid calculation explained, attach files and submit (every error
 * listed at once; the receipt PDF afterwards); officers list a call's applications with counts and screen them.
 */
@Controller
class ApplicationsController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ROW = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

    private final ApplicationService applications;
    private final FormService forms;
    private final BudgetService budgets;
    private final AttachmentService attachments;
    private final SubmissionService submissions;
    private final CatalogueService catalogue;
    private final MessageSource messages;

    ApplicationsController(ApplicationService applications, FormService forms, BudgetService budgets,
                           AttachmentService attachments, SubmissionService submissions, CatalogueService catalogue,
                           MessageSource messages) {
        this.applications = applications;
        this.forms = forms;
        this.budgets = budgets;
        this.attachments = attachments;
        this.submissions = submissions;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    // ---- applicant ----

    @GetMapping("/applications")
    @PreAuthorize("hasRole('APPLICANT')")
    String mine(@RequestParam(required = false) UUID call, Model model) {
        List<Application> mine = applications.mine();
        Map<UUID, String> receipts = new LinkedHashMap<>();
        Map<UUID, String> callTitles = new LinkedHashMap<>();
        for (Application a : mine) {
            submissions.submissionOf(a.getId()).ifPresent(s -> receipts.put(a.getId(), s.getReceiptNumber()));
            callTitles.computeIfAbsent(a.getCallId(), id -> catalogue.call(id).getTitle().in(Locale.FRENCH));
        }
        model.addAttribute("applications", mine);
        model.addAttribute("receipts", receipts);
        model.addAttribute("callTitles", callTitles);
        model.addAttribute("openCalls", catalogue.openCalls());
        model.addAttribute("organisations", applications.myOrganisations());
        model.addAttribute("selectedCall", call);
        return "applications/mine";
    }

    @PostMapping("/applications")
    @PreAuthorize("hasRole('APPLICANT')")
    String create(@RequestParam(required = false) UUID callId, @RequestParam(required = false) UUID organisationId,
                  @RequestParam(defaultValue = "") String title, RedirectAttributes redirect, Locale locale) {
        try {
            if (organisationId == null) {
                throw DomainException.onField("organisationId", "applications.organisation.required");
            }
            Application a = applications.create(callId, organisationId, title);
            return "redirect:/applications/" + a.getId();
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorMessage", text(e.messageKey(), e.arguments(), locale));
            return "redirect:/applications" + (callId == null ? "" : "?call=" + callId);
        }
    }

    /**
     * The dossier page. Its reads share one read-only transaction, so the application, its partners, budget lines and
     * call are loaded once for the page rather than once by each service it asks (the page is what two hundred
     * applicants reload in the last minutes before a deadline).
     */
    @GetMapping("/applications/{id}")
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    String dossier(@PathVariable UUID id, Model model, Locale locale) {
        Application a = applications.get(id);
        FormSchema schema = forms.form(a.getFormId()).schema();
        JsonNode data = JSON.readTree(a.getFormData() == null ? "{}" : a.getFormData());
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
        for (FormSchema.Section s : schema.sections()) {
            for (FormSchema.Field f : s.fields()) {
                JsonNode v = data.get(f.key());
                if (f.isGroup()) {
                    List<Map<String, String>> rows = new ArrayList<>();
                    if (v != null && v.isArray()) {
                        for (JsonNode row : v) {
                            Map<String, String> r = new LinkedHashMap<>();
                            row.properties().forEach(en -> r.put(en.getKey(), en.getValue().isNull() ? "" : en.getValue().asString()));
                            rows.add(r);
                        }
                    }
                    rows.add(new LinkedHashMap<>()); // one empty row to add another
                    groups.put(f.key(), rows);
                } else if (v != null && !v.isNull()) {
                    values.put(f.key(), v.asString());
                }
            }
        }
        Call call = catalogue.call(a.getCallId());
        boolean staff = CurrentUser.hasAnyRole(Role.PROGRAMME_OFFICER, Role.ADMIN, Role.COMMITTEE, Role.FINANCE_OFFICER);
        Optional<Submission> submission = submissions.submissionOf(id);
        model.addAttribute("dossier", a);
        model.addAttribute("call", call);
        model.addAttribute("schema", schema);
        model.addAttribute("values", values);
        model.addAttribute("groups", groups);
        model.addAttribute("ethics", ethicsValues(a.ethics()));
        model.addAttribute("ethicsQuestions", Ethics.QUESTIONS);
        model.addAttribute("editable", applications.canEdit(a));
        model.addAttribute("staff", staff);
        model.addAttribute("attachments", attachments.of(id));
        model.addAttribute("stateAid", budgets.stateAid(id));
        model.addAttribute("partners", a.getPartners());
        Map<UUID, Boolean> budgetEditable = new LinkedHashMap<>();
        a.acceptedPartners().forEach(p -> budgetEditable.put(p.getId(), applications.canEditBudget(a, p)));
        model.addAttribute("budgetEditable", budgetEditable);
        model.addAttribute("workTypes", WorkType.values());
        model.addAttribute("categories", CostCategory.values());
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        model.addAttribute("submission", submission.orElse(null));
        model.addAttribute("eligibility", submission.map(submissions::eligibilityOf).orElse(List.of()));
        model.addAttribute("screenings", applications.screeningHistory(id));
        model.addAttribute("outcomes", List.of(Application.Screening.ADMISSIBLE, Application.Screening.NOT_ADMISSIBLE));
        return "applications/dossier";
    }

    private static Map<String, String> ethicsValues(Ethics e) {
        Map<String, String> m = new LinkedHashMap<>();
        List<Boolean> answers = e == null ? List.of() : e.answers();
        for (int i = 0; i < Ethics.QUESTIONS.size(); i++) {
            Boolean b = i < answers.size() ? answers.get(i) : null;
            m.put(Ethics.QUESTIONS.get(i), b == null ? "" : b.toString());
        }
        return m;
    }

    @PostMapping("/applications/{id}")
    @PreAuthorize("hasRole('APPLICANT')")
    String save(@PathVariable UUID id, @RequestParam Map<String, String> params, RedirectAttributes redirect, Locale locale) {
        try {
            saveFromForm(id, params);
            redirect.addFlashAttribute("saved", true);
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("errorMessage", text("applications.conflict", new Object[] {""}, locale));
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorMessage", text(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/applications/" + id;
    }

    /**
     * The background save of the draft form (htmx, on change): answers the status line "saved at hh:mm" and the new
     * version for the form's hidden field (out-of-band swap), or the conflict message when someone else saved since the
     * page was loaded — then nothing is saved and the version is left as it was, so a later save is refused too.
     */
    @PostMapping("/applications/{id}/autosave")
    @PreAuthorize("hasRole('APPLICANT')")
    String autosave(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model, Locale locale) {
        try {
            Application saved = saveFromForm(id, params);
            model.addAttribute("savedAt", java.time.LocalTime.ofInstant(saved.getUpdatedAt(),
                    org.regia.shared.ClockConfiguration.BRUSSELS).format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")));
            model.addAttribute("newVersion", saved.getVersion());
        } catch (ObjectOptimisticLockingFailureException e) {
            model.addAttribute("autosaveError", text("applications.conflict", new Object[] {""}, locale));
        } catch (DomainException e) {
            model.addAttribute("autosaveError", text(e.messageKey(), e.arguments(), locale));
        }
        return "applications/autosave :: status";
    }

    private Application saveFromForm(UUID id, Map<String, String> params) {
        Application a = applications.get(id);
        FormSchema schema = forms.form(a.getFormId()).schema();
        ObjectNode data = schema.normalise(params);
        Map<String, TreeMap<Integer, ObjectNode>> rows = new LinkedHashMap<>();
        for (Map.Entry<String, String> p : params.entrySet()) {
            Matcher m = ROW.matcher(p.getKey());
            if (m.matches() && !p.getValue().isBlank()) {
                rows.computeIfAbsent(m.group(1), k -> new TreeMap<>())
                        .computeIfAbsent(Integer.parseInt(m.group(2)), k -> JSON.createObjectNode()).put(m.group(3), p.getValue().strip());
            }
        }
        for (FormSchema.Section s : schema.sections()) {
            for (FormSchema.Field f : s.fields()) {
                if (f.isGroup() && rows.containsKey(f.key())) {
                    ArrayNode arr = data.putArray(f.key());
                    rows.get(f.key()).values().forEach(arr::add);
                }
            }
        }
        Ethics ethics = new Ethics(bool(params, "personalData"), bool(params, "dualUse"), bool(params, "environment"),
                bool(params, "animals"), bool(params, "humans"));
        long version;
        try {
            version = Long.parseLong(params.getOrDefault("version", "-1").strip());
        } catch (NumberFormatException e) {
            version = -1;
        }
        return applications.save(id, version, params.get("title"), data, ethics);
    }

    private static Boolean bool(Map<String, String> params, String key) {
        String v = params.get("ethics." + key);
        return v == null || v.isBlank() ? null : Boolean.valueOf(v);
    }

    @PostMapping("/applications/{id}/partners")
    @PreAuthorize("hasRole('APPLICANT')")
    String invite(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String email,
                  @RequestParam(defaultValue = "") String partnerRole, RedirectAttributes redirect, Locale locale) {
        try {
            Partner p = applications.invite(id, version, email, partnerRole);
            redirect.addFlashAttribute("invited", p.getInvitedEmail());
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("inviteError", text("applications.conflict", new Object[] {""}, locale));
        } catch (DomainException e) {
            redirect.addFlashAttribute("inviteError", text(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/applications/" + id + "#partners";
    }

    @GetMapping("/applications/invitations/{token}")
    @PreAuthorize("hasRole('APPLICANT')")
    String invitation(@PathVariable String token, Model model) {
        Partner p = applications.invitation(token);
        model.addAttribute("token", token);
        model.addAttribute("invitationTitle", p.getApplication().getTitle());
        model.addAttribute("organisations", applications.myOrganisations());
        return "applications/invitation";
    }

    @PostMapping("/applications/invitations/{token}")
    @PreAuthorize("hasRole('APPLICANT')")
    String accept(@PathVariable String token, @RequestParam(required = false) UUID organisationId,
                  RedirectAttributes redirect, Locale locale) {
        try {
            Application a = applications.accept(token, organisationId);
            return "redirect:/applications/" + a.getId();
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorMessage", text(e.messageKey(), e.arguments(), locale));
            return "redirect:/applications/invitations/" + token;
        }
    }

    /**
     * Adds or removes one line of a partner's budget. Bad input (no year, a year or amount that is not a number, a
     * negative or too large amount, a duplicate line) is shown next to its field with what was typed, and nothing is
     * saved.
     */
    @PostMapping("/applications/{id}/budget")
    @PreAuthorize("hasRole('APPLICANT')")
    String budget(@PathVariable UUID id, @RequestParam UUID partnerId, @RequestParam long partnerVersion,
                  @RequestParam(defaultValue = "") String year, @RequestParam(required = false) WorkType workType,
                  @RequestParam(required = false) CostCategory category, @RequestParam(defaultValue = "") String amount,
                  @RequestParam(required = false) Integer remove, RedirectAttributes redirect, Locale locale) {
        Application a = applications.get(id);
        Partner p = a.partner(partnerId).orElseThrow(() -> new org.regia.shared.NotFoundException("partner", partnerId));
        List<BudgetService.LineInput> lines = new ArrayList<>();
        List<BudgetLine> current = p.getBudget();
        for (int i = 0; i < current.size(); i++) {
            if (remove != null && remove == i) {
                continue;
            }
            BudgetLine l = current.get(i);
            lines.add(new BudgetService.LineInput(l.getYear(), l.getWorkType(), l.getCategory(), l.getAmount().amount()));
        }
        try {
            if (remove == null) {
                int y;
                try {
                    y = Integer.parseInt(year.strip());
                } catch (NumberFormatException e) {
                    throw DomainException.onField("year", year.isBlank() ? "applications.budget.yearRequired" : "applications.budget.badYear", year);
                }
                if (workType == null || category == null) {
                    throw DomainException.onField("category", "applications.budget.categoryRequired");
                }
                lines.add(new BudgetService.LineInput(y, workType, category, BudgetService.parseAmount(amount)));
            }
            budgets.saveBudget(id, partnerId, partnerVersion, p.getOverheadRate(), lines);
            redirect.addFlashAttribute("budgetSaved", true);
        } catch (DomainException e) {
            String message = text(e.messageKey(), e.arguments(), locale);
            redirect.addFlashAttribute("budgetError", message);
            if (remove == null) {
                // shown next to the field of this partner's line form, which keeps what was typed
                String field = e.field() == null ? "amount" : e.field();
                redirect.addFlashAttribute("budgetErrorPartner", partnerId);
                redirect.addFlashAttribute("budgetErrors", Map.of(field, message));
                Map<String, String> typed = new LinkedHashMap<>();
                typed.put("year", year);
                typed.put("workType", workType == null ? "" : workType.name());
                typed.put("category", category == null ? "" : category.name());
                typed.put("amount", amount);
                redirect.addFlashAttribute("budgetTyped", typed);
            }
        }
        return "redirect:/applications/" + id + "#budget-" + partnerId;
    }

    @PostMapping("/applications/{id}/attachments")
    @PreAuthorize("hasRole('APPLICANT')")
    String upload(@PathVariable UUID id, @RequestParam String fieldKey, @RequestParam("file") MultipartFile file,
                  RedirectAttributes redirect, Locale locale) throws java.io.IOException {
        try {
            attachments.upload(id, fieldKey, file.getOriginalFilename(), file.getBytes());
        } catch (DomainException e) {
            redirect.addFlashAttribute("attachmentError", text(e.messageKey(), e.arguments(), locale));
            redirect.addFlashAttribute("attachmentErrorSlot", fieldKey);
        }
        return "redirect:/applications/" + id + "#attachments";
    }

    @PostMapping("/applications/{id}/attachments/{attachmentId}/delete")
    @PreAuthorize("hasRole('APPLICANT')")
    String deleteAttachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        attachments.delete(id, attachmentId);
        return "redirect:/applications/" + id + "#attachments";
    }

    @GetMapping("/applications/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        var att = attachments.get(id, attachmentId);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + att.getFileName() + "\"")
                .contentType(MediaType.parseMediaType(att.getContentType())).body(att.getContent());
    }

    @PostMapping("/applications/{id}/submit")
    @PreAuthorize("hasRole('APPLICANT')")
    String submit(@PathVariable UUID id, @RequestParam String idempotencyKey, RedirectAttributes redirect, Locale locale) {
        try {
            submissions.submit(id, idempotencyKey);
            redirect.addFlashAttribute("submitted", true);
        } catch (SubmissionRefused e) {
            List<String> errors = new ArrayList<>();
            for (FieldError fe : e.errors()) {
                errors.add(fe.path() + " — " + text(fe.messageKey(), fe.arguments().toArray(), locale));
            }
            redirect.addFlashAttribute("submitErrors", errors);
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorMessage", text(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/applications/" + id;
    }

    @GetMapping("/applications/{id}/receipt.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable UUID id) {
        applications.get(id);
        Submission s = submissions.submissionOf(id).orElseThrow(() -> new org.regia.shared.NotFoundException("submission", id));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + s.getReceiptNumber() + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF).body(submissions.receiptPdf(id));
    }

    // ---- officers ----

    @GetMapping("/officer/applications")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    String ofCall(@RequestParam(required = false) UUID call, @RequestParam(required = false) Application.Status status,
                  @RequestParam(required = false) Application.Screening screening, Model model) {
        List<Call> calls = catalogue.allCalls();
        UUID selected = call != null ? call : calls.stream().filter(c -> applications.countFor(c.getId()) > 0)
                .map(Call::getId).findFirst().orElse(calls.isEmpty() ? null : calls.get(0).getId());
        List<Application> all = selected == null ? List.of() : applications.ofCall(selected, null, null);
        Map<Application.Status, Long> byStatus = new EnumMap<>(Application.Status.class);
        Map<Application.Screening, Long> byScreening = new EnumMap<>(Application.Screening.class);
        for (Application a : all) {
            byStatus.merge(a.getStatus(), 1L, Long::sum);
            byScreening.merge(a.getScreening(), 1L, Long::sum);
        }
        List<Application> shown = all.stream().filter(a -> status == null || a.getStatus() == status)
                .filter(a -> screening == null || a.getScreening() == screening).toList();
        Map<UUID, String> receipts = new LinkedHashMap<>();
        shown.forEach(a -> submissions.submissionOf(a.getId()).ifPresent(s -> receipts.put(a.getId(), s.getReceiptNumber())));
        model.addAttribute("calls", calls);
        model.addAttribute("call", selected);
        model.addAttribute("status", status);
        model.addAttribute("screening", screening);
        model.addAttribute("statuses", Application.Status.values());
        model.addAttribute("screenings", Application.Screening.values());
        model.addAttribute("applications", shown);
        model.addAttribute("total", all.size());
        model.addAttribute("byStatus", byStatus);
        model.addAttribute("byScreening", byScreening);
        model.addAttribute("receipts", receipts);
        return "applications/officer";
    }

    @PostMapping("/applications/{id}/screening")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    String screen(@PathVariable UUID id, @RequestParam(required = false) Application.Screening outcome,
                  @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect, Locale locale) {
        try {
            applications.screen(id, outcome, reason);
            redirect.addFlashAttribute("screened", true);
        } catch (DomainException e) {
            redirect.addFlashAttribute("screeningError", text(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/applications/" + id + "#screening";
    }

    private String text(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }
}

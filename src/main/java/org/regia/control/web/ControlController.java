package org.regia.control.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.regia.control.BandIssue;
import org.regia.control.BandKind;
import org.regia.control.ControlObservation;
import org.regia.control.ControlService;
import org.regia.control.EdgePolicy;
import org.regia.control.LetterWriter;
import org.regia.control.RollUpRule;
import org.regia.control.Views;
import org.regia.control.YearStatus;
import org.regia.identity.CurrentUser;
import org.regia.identity.Role;
import org.regia.shared.DomainException;
import org.regia.shared.web.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Management-control screens: internal (control officers edit; committee and administrators read) and public. */
@Controller
public class ControlController {

    private final ControlService control;
    private final LetterWriter letters;
    private final org.regia.control.ControlImporter importer;
    private final java.time.Clock clock;

    ControlController(ControlService control, LetterWriter letters, org.regia.control.ControlImporter importer,
                      java.time.Clock clock) {
        this.clock = clock;
        this.control = control;
        this.letters = letters;
        this.importer = importer;
    }

    static boolean canEdit() {
        return CurrentUser.hasRole(Role.CONTROL_OFFICER);
    }

    // ---- internal -----------------------------------------------------------------------------------------

    @GetMapping("/control")
    public String index(Model model) {
        model.addAttribute("documents", control.documents());
        model.addAttribute("sources", control.dataSources());
        model.addAttribute("canEdit", canEdit());
        return "control/index";
    }

    /** Upload of a CSV file (format in docs/control.md): all or nothing, errors listed with their line. */
    @PostMapping("/control/import")
    @PreAuthorize("hasRole('CONTROL_OFFICER')")
    public String importFile(@RequestParam("file") org.springframework.web.multipart.MultipartFile file, Model model,
                             RedirectAttributes redirect) throws java.io.IOException {
        try {
            var report = importer.importFile(file.getOriginalFilename(),
                    new java.io.InputStreamReader(file.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
            redirect.addFlashAttribute("imported", report);
            return "redirect:/control/documents/" + report.documentCode();
        } catch (org.regia.control.ImportException e) {
            model.addAttribute("importErrors", e.errors());
            return index(model);
        }
    }

    @PostMapping("/control/refresh")
    @PreAuthorize("hasRole('CONTROL_OFFICER')")
    public String refresh(RedirectAttributes redirect) {
        Map<String, String> failures = control.refreshDataSources();
        redirect.addFlashAttribute("refreshFailures", failures);
        redirect.addFlashAttribute("refreshed", true);
        return "redirect:/control";
    }

    @GetMapping("/control/documents/{code}")
    public String document(@PathVariable String code, Model model) {
        var doc = control.document(code);
        model.addAttribute("document", doc);
        model.addAttribute("trees", control.trees(code));
        model.addAttribute("defects", control.sourceDefects(doc.getId()));
        return "control/document";
    }

    @GetMapping("/control/documents/{code}/{body}")
    public String tree(@PathVariable String code, @PathVariable String body, Model model) {
        model.addAttribute("tree", control.tree(code, body));
        model.addAttribute("rules", RollUpRule.values());
        model.addAttribute("canEdit", canEdit());
        model.addAttribute("publicView", false);
        return "control/tree";
    }

    @PostMapping("/control/bodies/{id}/rule")
    public String rule(@PathVariable UUID id, @RequestParam RollUpRule rule, @RequestParam String back) {
        control.setRollUpRule(id, rule);
        return "redirect:" + safe(back);
    }

    @GetMapping("/control/kpis/{id}")
    public String kpi(@PathVariable UUID id, Model model) {
        kpiModel(id, model);
        model.addAttribute("observation", new ObservationForm());
        OverrideForm o = new OverrideForm();
        model.addAttribute("overrideForm", o);
        model.addAttribute("bandsForm", bandsForm(id));
        return "control/kpi";
    }

    private BandsForm bandsForm(UUID id) {
        var k = control.kpi(id).status().kpi();
        BandsForm f = new BandsForm();
        f.setBandKind(k.getBandKind());
        f.setEdgePolicy(k.getEdgePolicy());
        f.setBands(k.getBands());
        f.setBandsNl(k.getBandsNl());
        f.setVersion(k.getVersion());
        return f;
    }

    private void kpiModel(UUID id, Model model) {
        Views.KpiDetail detail = control.kpi(id);
        model.addAttribute("detail", detail);
        model.addAttribute("series", series(detail.observations()));
        model.addAttribute("canEdit", canEdit());
        model.addAttribute("kinds", BandKind.values());
        model.addAttribute("policies", EdgePolicy.values());
        model.addAttribute("publicView", false);
        var k = detail.status().kpi();
        List<String> levels = k.getBandKind().requiredLevels().isEmpty()
                ? k.bandSet().bands().stream().map(b -> b.level()).filter(java.util.Objects::nonNull).distinct().toList()
                : k.getBandKind().requiredLevels();
        model.addAttribute("levels", String.join(", ", levels));
    }

    static String series(List<ControlObservation> observations) {
        return observations.stream().filter(o -> o.getValue() != null)
                .map(o -> o.getObservedOn() + "=" + o.getValue().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(","));
    }

    /** The observation form, posted by htmx (or plainly): the KPI panel comes back with the new colour. */
    @PostMapping("/control/kpis/{id}/observations")
    public String observe(@PathVariable UUID id, @ModelAttribute("observation") ObservationForm form, BindingResult result,
                          Model model, @RequestHeader(value = "HX-Request", required = false) String htmx) {
        try {
            if (result.hasFieldErrors("observedOn")) {
                throw DomainException.onField("observedOn", "control.observation.dateInvalid");
            }
            control.recordObservation(id, form.getObservedOn(), form.getValue(), form.getLevel(), form.getSource(), form.getComment());
            model.addAttribute("observation", new ObservationForm());
            model.addAttribute("recorded", true);
        } catch (DomainException e) {
            if (!result.hasFieldErrors(e.field() == null ? "" : e.field())) {
                FormErrors.reject(result, e);
            }
        }
        kpiModel(id, model);
        if (htmx == null) {
            model.addAttribute("overrideForm", new OverrideForm());
            model.addAttribute("bandsForm", bandsForm(id));
            return "control/kpi";
        }
        return "control/kpi :: panel";
    }

    @PostMapping("/control/kpis/{id}/override")
    public String override(@PathVariable UUID id, @ModelAttribute("overrideForm") OverrideForm form, BindingResult result,
                           Model model) {
        try {
            control.override(id, form.getVersion(), form.getColour(), form.getReason());
            return "redirect:/control/kpis/" + id;
        } catch (DomainException e) {
            FormErrors.reject(result, e);
        }
        kpiModel(id, model);
        model.addAttribute("observation", new ObservationForm());
        model.addAttribute("bandsForm", bandsForm(id));
        return "control/kpi";
    }

    @PostMapping("/control/kpis/{id}/override/clear")
    public String clearOverride(@PathVariable UUID id, @RequestParam long version) {
        control.clearOverride(id, version);
        return "redirect:/control/kpis/" + id;
    }

    @PostMapping("/control/kpis/{id}/bands")
    public String bands(@PathVariable UUID id, @ModelAttribute("bandsForm") BandsForm form, BindingResult result, Model model) {
        List<BandIssue> issues = List.of();
        try {
            issues = control.defineBands(id, form.getVersion(), form.getBandKind(), form.getEdgePolicy(), form.getBands(),
                    form.getBandsNl(), form.isAcceptIssues());
            if (issues.isEmpty() || form.isAcceptIssues()) {
                return "redirect:/control/kpis/" + id + "?bandsSaved";
            }
        } catch (DomainException e) {
            FormErrors.reject(result, e);
        }
        kpiModel(id, model);
        model.addAttribute("bandIssues", issues);
        model.addAttribute("observation", new ObservationForm());
        model.addAttribute("overrideForm", new OverrideForm());
        return "control/kpi";
    }

    @GetMapping("/control/objectives/{id}")
    public String objective(@PathVariable UUID id, Model model) {
        Views.ObjectiveDetail detail = control.objective(id);
        model.addAttribute("detail", detail);
        model.addAttribute("canEdit", canEdit());
        model.addAttribute("statuses", YearStatus.values());
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("yearForm")) {
            YearForm f = new YearForm();
            f.setYear(detail.document().getYear());
            detail.years().stream().filter(y -> y.getYear() == f.getYear()).findFirst().ifPresent(y -> {
                f.setStatus(y.getStatus());
                f.setRealisedFr(y.getRealisedOutputFr());
                f.setRealisedNl(y.getRealisedOutputNl());
                f.setColourReached(y.getColourReached());
                f.setPlannedFr(y.getPlannedOutputFr());
                f.setPlannedNl(y.getPlannedOutputNl());
                f.setPlannedDeadline(y.getPlannedDeadline());
            });
            model.addAttribute("yearForm", f);
        }
        return "control/objective";
    }

    /** Edit screen of an objective: texts, deadline, resources and roadmap (control officers). */
    @GetMapping("/control/objectives/{id}/edit")
    @PreAuthorize("hasRole('CONTROL_OFFICER')")
    public String editObjective(@PathVariable UUID id, Model model) {
        Views.ObjectiveDetail detail = control.objective(id);
        model.addAttribute("detail", detail);
        model.addAttribute("form", ObjectiveForms.of(detail));
        model.addAttribute("roles", org.regia.control.RoadmapRole.values());
        return "control/objective-edit";
    }

    @PostMapping("/control/objectives/{id}/edit")
    @PreAuthorize("hasRole('CONTROL_OFFICER')")
    public String saveObjective(@PathVariable UUID id, @ModelAttribute("form") ObjectiveForm form, BindingResult result,
                                Model model) {
        try {
            control.editObjective(id, ObjectiveForms.toEdit(form));
            return "redirect:/control/objectives/" + id + "?edited";
        } catch (DomainException e) {
            FormErrors.reject(result, e);
        }
        model.addAttribute("detail", control.objective(id));
        model.addAttribute("roles", org.regia.control.RoadmapRole.values());
        ObjectiveForms.pad(form);
        return "control/objective-edit";
    }

    @PostMapping("/control/objectives/{id}/years")
    public String saveYear(@PathVariable UUID id, @ModelAttribute("yearForm") YearForm form, BindingResult result, Model model) {
        try {
            control.saveYear(id, form.getYear(), form.getStatus(), form.getRealisedFr(), form.getRealisedNl(),
                    form.getColourReached(), form.getPlannedFr(), form.getPlannedNl(), form.getPlannedDeadline());
            return "redirect:/control/objectives/" + id + "?saved";
        } catch (DomainException e) {
            FormErrors.reject(result, e);
        }
        return objective(id, model);
    }

    @PostMapping("/control/objectives/{id}/copy-forward")
    public String copyForward(@PathVariable UUID id, @RequestParam int year, RedirectAttributes redirect) {
        try {
            var copy = control.copyForward(id, year);
            redirect.addFlashAttribute("copied", copy.getYear());
            redirect.addFlashAttribute("copyFlagged", copy.isDeadlineFlagged());
        } catch (DomainException e) {
            redirect.addFlashAttribute("copyError", e.messageKey());
            redirect.addFlashAttribute("copyErrorArgs", e.arguments());
        }
        return "redirect:/control/objectives/" + id;
    }

    static void planModel(List<Views.PlanAction> actions, Model model) {
        Map<String, List<Views.PlanAction>> byAxis = new LinkedHashMap<>();
        Map<String, Long> byDomain = new LinkedHashMap<>();
        for (Views.PlanAction a : actions) {
            byAxis.computeIfAbsent(a.axis() == null ? "-" : a.axis().getCode(), k -> new ArrayList<>()).add(a);
            if (a.action().getDomain() != null) {
                byDomain.merge(a.action().getDomain(), 1L, Long::sum);
            }
        }
        model.addAttribute("actions", actions);
        model.addAttribute("byAxis", byAxis);
        model.addAttribute("byDomain", byDomain);
        model.addAttribute("statusCounts", actions.stream().collect(Collectors.groupingBy(
                a -> a.action().getStatus() == null ? "NONE" : a.action().getStatus().name(), LinkedHashMap::new, Collectors.counting())));
    }

    @GetMapping("/control/documents/{code}/{body}/letter.{format}")
    public ResponseEntity<byte[]> letter(@PathVariable String code, @PathVariable String body, @PathVariable String format,
                                         @RequestParam(defaultValue = "fr") String lang) {
        Views.BodyTree tree = control.tree(code, body);
        Locale locale = "nl".equals(lang) ? Locale.forLanguageTag("nl") : Locale.FRENCH;
        boolean pdf = "pdf".equals(format);
        if (!pdf && !"docx".equals(format)) {
            throw new DomainException("control.letter.format", format);
        }
        byte[] bytes = pdf ? letters.pdf(tree, locale) : letters.docx(tree, locale);
        String name = code + "-" + body + "-" + locale.getLanguage() + "." + format;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(pdf ? MediaType.APPLICATION_PDF
                        : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body(bytes);
    }

    // ---- public -------------------------------------------------------------------------------------------

    @GetMapping("/public/control")
    public String publicIndex(Model model) {
        model.addAttribute("documents", control.publishedDocuments());
        return "control/public-index";
    }

    @GetMapping("/public/control/documents/{code}")
    public String publicDocument(@PathVariable String code, Model model) {
        model.addAttribute("document", control.publishedDocument(code));
        model.addAttribute("bodies", control.publishedBodies(code));
        return "control/public-document";
    }

    @GetMapping("/public/control/documents/{code}/{body}")
    public String publicTree(@PathVariable String code, @PathVariable String body, Model model) {
        model.addAttribute("tree", control.publicTree(code, body));
        model.addAttribute("canEdit", false);
        model.addAttribute("publicView", true);
        return "control/tree";
    }

    private static String safe(String back) {
        return back != null && back.startsWith("/control/") && !back.contains("//") ? back : "/control";
    }


}

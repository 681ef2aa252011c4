package org.regia.control.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.regia.control.ControlDashboards;
import org.regia.control.ControlService;
import org.regia.control.Quarter;
import org.regia.control.StateOfPlayWriter;
import org.regia.control.Views;
import org.regia.control.YearStatus;
import org.regia.shared.DomainException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Dashboards with filters (a plain GET form; with htmx only the results are swapped) — management control by
 * document, body, colour, status and quarter; innovation plan by axis, domain and status — quarterly snapshots, and
 * the innovation plan's annual state of play (DOCX/PDF, fr/nl).
 */
@Controller
public class ControlDashboardController {

    private final ControlDashboards dashboards;
    private final ControlService control;
    private final StateOfPlayWriter stateOfPlay;
    private final Clock clock;

    ControlDashboardController(ControlDashboards dashboards, ControlService control, StateOfPlayWriter stateOfPlay, Clock clock) {
        this.dashboards = dashboards;
        this.control = control;
        this.stateOfPlay = stateOfPlay;
        this.clock = clock;
    }

    @GetMapping("/control/dashboard")
    public String dashboard(@RequestParam(required = false) String document, @RequestParam(required = false) String body,
                            @RequestParam(required = false) String colour, @RequestParam(required = false) String status,
                            @RequestParam(required = false) String quarter, Model model,
                            @RequestHeader(value = "HX-Request", required = false) String htmx) {
        ControlDashboards.Filter filter = new ControlDashboards.Filter(document, body, colour, status, quarter);
        model.addAttribute("filter", filter);
        try {
            model.addAttribute("dashboard", dashboards.dashboard(filter));
        } catch (DomainException e) {
            model.addAttribute("filterError", e);
            model.addAttribute("dashboard", dashboards.dashboard(new ControlDashboards.Filter(document, null, null, null, null)));
        }
        model.addAttribute("statuses", YearStatus.values());
        model.addAttribute("canEdit", ControlController.canEdit());
        model.addAttribute("lastEnded", Quarter.lastEnded(LocalDate.now(clock)).toString());
        return htmx != null ? "control/dashboard :: results" : "control/dashboard";
    }

    @PostMapping("/control/snapshots")
    @PreAuthorize("hasRole('CONTROL_OFFICER')")
    public String snapshot(@RequestParam String document, @RequestParam String quarter, RedirectAttributes redirect) {
        try {
            int n = dashboards.takeSnapshot(document, quarter);
            redirect.addFlashAttribute("snapshotTaken", n);
            redirect.addFlashAttribute("snapshotQuarter", Quarter.parse(quarter).toString());
        } catch (DomainException e) {
            redirect.addFlashAttribute("snapshotError", e);
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/control/dashboard").queryParam("document", document).build().encode().toUriString();
    }

    // ---- innovation plan ---------------------------------------------------------------------------------

    @GetMapping("/control/plan/{code}")
    public String plan(@PathVariable String code, @RequestParam(required = false) String axis,
                       @RequestParam(required = false) String domain, @RequestParam(required = false) String status,
                       Model model, @RequestHeader(value = "HX-Request", required = false) String htmx) {
        model.addAttribute("document", control.document(code));
        planModel(control.planActions(code), axis, domain, status, model);
        model.addAttribute("publicView", false);
        return htmx != null ? "control/plan :: results" : "control/plan";
    }

    @GetMapping("/public/control/plan/{code}")
    public String publicPlan(@PathVariable String code, @RequestParam(required = false) String axis,
                             @RequestParam(required = false) String domain, @RequestParam(required = false) String status,
                             Model model, @RequestHeader(value = "HX-Request", required = false) String htmx) {
        model.addAttribute("document", control.publishedDocument(code));
        planModel(control.publicPlanActions(code), axis, domain, status, model);
        model.addAttribute("publicView", true);
        return htmx != null ? "control/plan :: results" : "control/plan";
    }

    /** Filters the actions; an unknown axis, domain or status is reported on the form and filters nothing. */
    static void planModel(List<Views.PlanAction> all, String axis, String domain, String status, Model model) {
        List<String> axes = all.stream().filter(a -> a.axis() != null).map(a -> a.axis().getCode()).distinct().toList();
        List<String> domains = new ArrayList<>(all.stream().map(a -> a.action().getDomain() == null ? "transversal" : a.action().getDomain())
                .distinct().toList());
        List<String> statuses = new ArrayList<>(Arrays.stream(YearStatus.values()).map(Enum::name).toList());
        statuses.add("NONE");
        List<String> errors = new ArrayList<>();
        if (!blank(axis) && !axes.contains(axis)) {
            errors.add("axis");
        }
        if (!blank(domain) && !domains.contains(domain)) {
            errors.add("domain");
        }
        if (!blank(status) && !statuses.contains(status)) {
            errors.add("status");
        }
        List<Views.PlanAction> shown = !errors.isEmpty() ? all : all.stream()
                .filter(a -> blank(axis) || (a.axis() != null && a.axis().getCode().equals(axis)))
                .filter(a -> blank(domain) || domain.equals(a.action().getDomain() == null ? "transversal" : a.action().getDomain()))
                .filter(a -> blank(status) || status.equals(a.action().getStatus() == null ? "NONE" : a.action().getStatus().name()))
                .toList();
        ControlController.planModel(shown, model);
        model.addAttribute("total", all.size());
        model.addAttribute("axes", all.stream().map(Views.PlanAction::axis).filter(java.util.Objects::nonNull).distinct().toList());
        model.addAttribute("domains", domains);
        model.addAttribute("planStatuses", statuses);
        model.addAttribute("axis", blank(axis) ? "" : axis);
        model.addAttribute("domain", blank(domain) ? "" : domain);
        model.addAttribute("status", blank(status) ? "" : status);
        model.addAttribute("filterErrors", errors);
    }

    @GetMapping("/control/plan/{code}/state-of-play.{format}")
    public ResponseEntity<byte[]> stateOfPlay(@PathVariable String code, @PathVariable String format,
                                              @RequestParam(defaultValue = "fr") String lang) {
        Locale locale = "nl".equals(lang) ? Locale.forLanguageTag("nl") : Locale.FRENCH;
        boolean pdf = "pdf".equals(format);
        if (!pdf && !"docx".equals(format)) {
            return ResponseEntity.notFound().build();
        }
        StateOfPlayWriter.Data data = stateOfPlay.data(code, LocalDate.now(clock));
        byte[] bytes = pdf ? stateOfPlay.pdf(data, locale) : stateOfPlay.docx(data, locale);
        String name = code + "-state-of-play-" + data.asOf().getYear() + "-" + locale.getLanguage() + "." + format;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(pdf ? MediaType.APPLICATION_PDF
                        : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body(bytes);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

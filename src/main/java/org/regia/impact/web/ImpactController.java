package org.regia.impact.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.regia.catalogue.CatalogueService;
import org.regia.catalogue.Programme;
import org.regia.impact.AdditionalityService;
import org.regia.impact.AnswersRejected;
import org.regia.impact.ImpactIndicators;
import org.regia.impact.ImpactIndicators.Dimension;
import org.regia.impact.MicrodataExport;
import org.regia.impact.Question;
import org.regia.impact.Survey;
import org.regia.impact.SurveyAnswer;
import org.regia.impact.SurveyService;
import org.regia.impact.SurveyState;
import org.regia.shared.DomainException;
import org.regia.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Impact screens: the beneficiaries' surveys, and for staff the indicators, the additionality and the exports. */
@Controller
class ImpactController {

    static final String STAFF = "hasAnyRole('PROGRAMME_OFFICER','CONTROL_OFFICER','COMMITTEE','ADMIN')";

    private final SurveyService surveys;
    private final ImpactIndicators indicators;
    private final AdditionalityService additionality;
    private final MicrodataExport microdata;
    private final CatalogueService catalogue;
    private final MessageSource messages;

    ImpactController(SurveyService surveys, ImpactIndicators indicators, AdditionalityService additionality,
                     MicrodataExport microdata, CatalogueService catalogue, MessageSource messages) {
        this.surveys = surveys;
        this.indicators = indicators;
        this.additionality = additionality;
        this.microdata = microdata;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    // ---- beneficiaries ----

    @GetMapping("/impact/my-surveys")
    String mySurveys(Model model) {
        List<Survey> mine = surveys.mySurveys();
        model.addAttribute("surveys", mine);
        model.addAttribute("answered", mine.stream().collect(Collectors.toMap(Survey::getId, s -> surveys.answered(s.getId()))));
        return "impact/my-surveys";
    }

    @GetMapping("/impact/my-surveys/{id}")
    String survey(@PathVariable UUID id, Model model) {
        Survey s = surveys.get(id);
        List<SurveyAnswer> history = surveys.history(id);
        Map<String, String> values = new LinkedHashMap<>();
        if (!history.isEmpty()) {
            SurveyAnswer current = history.get(0);
            for (Question q : s.getDefinition().questions()) {
                values.put(q.field(), current.display(q));
            }
            values.put("comment", current.getComment() == null ? "" : current.getComment());
        }
        return form(s, history, values, Map.of(), false, model);
    }

    @PostMapping("/impact/my-surveys/{id}")
    String answer(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model, Locale locale,
                  RedirectAttributes redirect) {
        Survey s = surveys.get(id);
        int basedOn = parseInt(params.get("basedOnVersion"));
        boolean confirmed = "true".equals(params.get("turnoverConfirmed"));
        try {
            SurveyAnswer saved = surveys.answer(id, basedOn, params, confirmed);
            redirect.addFlashAttribute("savedVersion", saved.getVersion());
            return "redirect:/impact/my-surveys/" + id;
        } catch (AnswersRejected e) {
            Map<String, List<String>> errors = new LinkedHashMap<>();
            for (AnswersRejected.Problem p : e.problems()) {
                errors.computeIfAbsent(p.field(), f -> new ArrayList<>())
                        .add(messages.getMessage(p.key(), p.arguments().toArray(), p.key(), locale));
            }
            boolean unitDoubt = e.problems().stream().anyMatch(p -> p.key().equals("impact.answer.turnoverUnit"));
            return form(s, surveys.history(id), params, errors, unitDoubt, model);
        } catch (DomainException e) {
            model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
            return form(s, surveys.history(id), params, Map.of(), false, model);
        }
    }

    private String form(Survey s, List<SurveyAnswer> history, Map<String, String> values,
                        Map<String, List<String>> errors, boolean unitDoubt, Model model) {
        model.addAttribute("survey", s);
        model.addAttribute("questions", s.getDefinition().questions());
        model.addAttribute("history", history);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("unitDoubt", unitDoubt);
        model.addAttribute("basedOnVersion", history.isEmpty() ? 0 : history.get(0).getVersion());
        model.addAttribute("open", surveys.canAnswer(s));
        return "impact/survey";
    }

    private static int parseInt(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    // ---- staff ----

    @GetMapping("/impact")
    @PreAuthorize(STAFF)
    String dashboard(@RequestParam(defaultValue = "PROGRAMME") Dimension dimension,
                     @RequestParam(required = false) Integer wave, Model model, Locale locale) {
        List<Integer> waves = indicators.waves();
        int w = wave != null ? wave : waves.isEmpty() ? 1 : waves.get(0);
        List<ImpactIndicators.Row> rows = indicators.rollUp(dimension, w);
        Map<String, String> labels = new LinkedHashMap<>();
        for (ImpactIndicators.Row r : rows) {
            labels.put(r.key(), label(dimension, r.key(), locale));
        }
        model.addAttribute("dimension", dimension);
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("wave", w);
        model.addAttribute("waves", waves);
        model.addAttribute("rows", rows);
        model.addAttribute("labels", labels);
        model.addAttribute("total", indicators.rollUp(Dimension.TOTAL, w).stream().findFirst().orElse(null));
        model.addAttribute("reference", ImpactIndicators.REFERENCE_JOBS_PER_MILLION);
        model.addAttribute("chartLabels", rows.stream().map(r -> labels.get(r.key())).collect(Collectors.joining("|")));
        model.addAttribute("chartJobs", rows.stream().map(r -> r.jobsPerMillion() == null ? "0" : r.jobsPerMillion().toPlainString())
                .collect(Collectors.joining("|")));
        model.addAttribute("chartRates", rows.stream().map(r -> r.responseRate() == null ? "0"
                : String.valueOf(Math.round(r.responseRate() * 100))).collect(Collectors.joining("|")));
        return "impact/dashboard";
    }

    private String label(Dimension d, String key, Locale locale) {
        if (key == null || key.isEmpty()) {
            return messages.getMessage("impact.none", null, locale);
        }
        return switch (d) {
            case PROGRAMME -> {
                try {
                    Programme p = catalogue.programme(UUID.fromString(key));
                    yield p.getCode() + " — " + p.getName().in(locale);
                } catch (NotFoundException | IllegalArgumentException e) {
                    yield key;
                }
            }
            case DOMAIN -> text("catalogue.innovationDomain." + key, key, locale);
            case BENEFICIARY_TYPE -> text("organisationType." + key, key, locale);
            default -> key;
        };
    }

    private String text(String messageKey, String fallback, Locale locale) {
        return messages.getMessage(messageKey, null, fallback, locale);
    }

    @GetMapping("/impact/surveys")
    @PreAuthorize(STAFF)
    String all(@RequestParam(required = false) SurveyState state, Model model) {
        List<Survey> list = surveys.all(state);
        model.addAttribute("surveys", list);
        model.addAttribute("state", state);
        model.addAttribute("states", SurveyState.values());
        model.addAttribute("answered", list.stream().collect(Collectors.toMap(Survey::getId, s -> surveys.answered(s.getId()))));
        return "impact/surveys";
    }

    @PostMapping("/impact/run")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    String run(RedirectAttributes redirect) {
        redirect.addFlashAttribute("run", surveys.run());
        return "redirect:/impact/surveys";
    }

    @GetMapping("/impact/additionality")
    @PreAuthorize(STAFF)
    String additionality(@RequestParam(required = false) UUID programme, @RequestParam(defaultValue = "1") int wave,
                         @RequestParam(defaultValue = "10") double bandwidth, Model model) {
        model.addAttribute("report", additionality.report(programme, wave, bandwidth));
        model.addAttribute("programme", programme);
        model.addAttribute("programmes", catalogue.search(org.regia.catalogue.CatalogueFilter.none(), Locale.FRENCH));
        model.addAttribute("wave", wave);
        model.addAttribute("bandwidth", bandwidth);
        model.addAttribute("rankings", additionality.rankingCount());
        model.addAttribute("minimums", List.of(AdditionalityService.MIN_ANSWERS, AdditionalityService.MIN_PER_GROUP,
                AdditionalityService.MIN_PER_SIDE));
        return "impact/additionality";
    }

    @PostMapping("/impact/rankings")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    String rankings(@RequestParam("file") MultipartFile file, RedirectAttributes redirect, Locale locale) throws java.io.IOException {
        try {
            int n = additionality.importRankings(new String(file.getBytes(), StandardCharsets.UTF_8));
            redirect.addFlashAttribute("imported", n);
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorMessage", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        }
        return "redirect:/impact/additionality";
    }

    @GetMapping("/impact/export/microdata.csv")
    @PreAuthorize(STAFF)
    ResponseEntity<byte[]> microdata() {
        return csv("regia-impact-microdata.csv", microdata.export().csv());
    }

    @GetMapping("/impact/export/codebook.csv")
    @PreAuthorize(STAFF)
    ResponseEntity<byte[]> codebook() {
        return csv("regia-impact-codebook.csv", microdata.export().codebook());
    }

    private static ResponseEntity<byte[]> csv(String name, String body) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(body.getBytes(StandardCharsets.UTF_8));
    }

    static String money(BigDecimal d) {
        return d == null ? "—" : d.toPlainString();
    }
}

package org.regia.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.regia.catalogue.CatalogueService;
import org.regia.evaluation.AssignmentResult;
import org.regia.evaluation.CallEvaluation;
import org.regia.evaluation.Criterion;
import org.regia.evaluation.Decision;
import org.regia.evaluation.DecisionService;
import org.regia.evaluation.EvaluationService;
import org.regia.evaluation.ReviewService;
import org.regia.evaluation.ScoreSheet;
import org.regia.evaluation.ScoresRefused;
import org.regia.evaluation.SwapRefused;
import org.regia.shared.DomainException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Evaluation screens. Experts: their assignments, the declaration before any content, the score sheet with a
 * justification per criterion, submitted and locked. Officers and committee: a call's settings, the assignment by the
 * solver with its issues, the ranking with the funding line, decisions (officer proposes, committee approves) and the
 * letters.
 */
@Controller
class EvaluationController {

    private final EvaluationService evaluation;
    private final ReviewService reviews;
    private final DecisionService decisions;
    private final CatalogueService catalogue;
    private final MessageSource messages;
    private final org.regia.evaluation.ExpertService experts;

    EvaluationController(EvaluationService evaluation, ReviewService reviews, DecisionService decisions,
                         CatalogueService catalogue, MessageSource messages, org.regia.evaluation.ExpertService experts) {
        this.experts = experts;
        this.evaluation = evaluation;
        this.reviews = reviews;
        this.decisions = decisions;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    // ---- experts ----

    @GetMapping("/evaluation/reviews")
    @PreAuthorize("hasRole('EXPERT')")
    String myReviews(Model model) {
        model.addAttribute("reviews", reviews.myReviews());
        return "evaluation/reviews";
    }

    @GetMapping("/evaluation/reviews/{applicationId}")
    @PreAuthorize("hasRole('EXPERT')")
    String review(@PathVariable UUID applicationId, Model model) {
        ReviewService.ForDeclaration d = reviews.forDeclaration(applicationId);
        model.addAttribute("declaration", d);
        if (d.declaration() != null && !d.declaration().isConflicted()) {
            ReviewService.Sheet sheet = reviews.sheet(applicationId);
            model.addAttribute("appContent", reviews.content(applicationId));
            model.addAttribute("sheet", sheet);
            if (!model.containsAttribute("values")) {
                Map<String, String[]> values = new LinkedHashMap<>();
                for (Criterion c : sheet.criteria().criteria()) {
                    values.put(c.code(), sheet.sheet().entry(c.code())
                            .map(e -> new String[] {String.valueOf(e.getScore()), e.getJustification()})
                            .orElse(new String[] {"", ""}));
                }
                model.addAttribute("values", values);
            }
        }
        return "evaluation/review";
    }

    @PostMapping("/evaluation/reviews/{applicationId}/declaration")
    @PreAuthorize("hasRole('EXPERT')")
    String declare(@PathVariable UUID applicationId, @RequestParam(required = false) Boolean conflicted,
                   @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect, Locale locale) {
        try {
            reviews.declare(applicationId, conflicted, reason);
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorMessage", text(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/evaluation/reviews/" + applicationId;
    }

    @PostMapping("/evaluation/reviews/{applicationId}/scores")
    @PreAuthorize("hasRole('EXPERT')")
    String score(@PathVariable UUID applicationId, @RequestParam long version, @RequestParam Map<String, String> params,
                 RedirectAttributes redirect, Locale locale) {
        ReviewService.Sheet sheet = reviews.sheet(applicationId);
        List<ReviewService.ScoreInput> inputs = new ArrayList<>();
        Map<String, String[]> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Criterion c : sheet.criteria().criteria()) {
            String raw = params.getOrDefault("score." + c.code(), "").strip();
            String why = params.getOrDefault("why." + c.code(), "");
            values.put(c.code(), new String[] {raw, why});
            Integer score = null;
            if (!raw.isEmpty()) {
                try {
                    score = Integer.valueOf(raw);
                } catch (NumberFormatException e) {
                    errors.put(c.code(), text("evaluation.score.notANumber", new Object[] {raw}, locale));
                    continue;
                }
            }
            inputs.add(new ReviewService.ScoreInput(c.code(), score, why));
        }
        boolean submit = params.containsKey("submit");
        if (errors.isEmpty()) {
            try {
                ScoreSheet saved = reviews.saveScores(applicationId, version, inputs, submit);
                redirect.addFlashAttribute(saved.isSubmitted() ? "scoresSubmitted" : "scoresSaved", true);
                return "redirect:/evaluation/reviews/" + applicationId;
            } catch (ScoresRefused e) {
                for (DomainException x : e.errors()) {
                    errors.put(x.field() == null ? "sheet" : x.field(), text(x.messageKey(), x.arguments(), locale));
                }
            } catch (DomainException e) {
                errors.put("sheet", text(e.messageKey(), e.arguments(), locale));
            }
        }
        redirect.addFlashAttribute("values", values);
        redirect.addFlashAttribute("scoreErrors", errors);
        return "redirect:/evaluation/reviews/" + applicationId;
    }

    // ---- applicants ----

    @GetMapping("/evaluation/outcome/{applicationId}")
    String outcome(@PathVariable UUID applicationId, Model model) {
        model.addAttribute("applicationId", applicationId);
        model.addAttribute("decision", decisions.finalFor(applicationId).orElse(null));
        return "evaluation/outcome";
    }

    @GetMapping("/evaluation/outcome/{applicationId}/letter.pdf")
    ResponseEntity<byte[]> outcomeLetter(@PathVariable UUID applicationId, @RequestParam(defaultValue = "fr") String lang) {
        byte[] pdf = decisions.letterForConsortium(applicationId, Locale.forLanguageTag(lang));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"decision-" + lang + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    // ---- officers and committee ----

    @GetMapping("/evaluation/experts")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN','COMMITTEE')")
    String experts(Model model) {
        model.addAttribute("experts", experts.all());
        model.addAttribute("kinds", org.regia.evaluation.Expert.Kind.values());
        model.addAttribute("genders", org.regia.evaluation.Gender.values());
        return "evaluation/experts";
    }

    @PostMapping("/evaluation/experts")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    String createExpert(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String name,
                        @RequestParam(required = false) org.regia.evaluation.Expert.Kind kind,
                        @RequestParam(required = false) org.regia.evaluation.Gender gender,
                        @RequestParam(required = false) List<String> languages, @RequestParam(defaultValue = "") String keywords,
                        @RequestParam(defaultValue = "") String organisationNumber, @RequestParam(required = false) Integer maxLoad,
                        RedirectAttributes redirect, Locale locale) {
        try {
            experts.create(email, new org.regia.evaluation.ExpertDetails(name, kind, gender,
                    languages == null ? java.util.Set.of() : java.util.Set.copyOf(languages), keywords, java.util.Set.of(),
                    null, organisationNumber.isBlank() ? null : organisationNumber, null, null, true, maxLoad));
            redirect.addFlashAttribute("expertCreated", name);
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorMessage", text(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/evaluation/experts";
    }

    @GetMapping("/evaluation")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN','COMMITTEE')")
    String calls(Model model, Locale locale) {
        Map<UUID, Long> calls = evaluation.callsUnderEvaluation();
        Map<UUID, String> titles = new LinkedHashMap<>();
        calls.keySet().forEach(id -> titles.put(id, catalogue.call(id).getTitle().in(locale)));
        model.addAttribute("calls", calls);
        model.addAttribute("titles", titles);
        return "evaluation/calls";
    }

    @GetMapping("/evaluation/calls/{callId}")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN','COMMITTEE')")
    String call(@PathVariable UUID callId, Model model, Locale locale) {
        model.addAttribute("callTitle", catalogue.call(callId).getTitle().in(locale));
        model.addAttribute("callId", callId);
        model.addAttribute("settings", evaluation.settings(callId));
        model.addAttribute("assignment", evaluation.assignment(callId));
        model.addAttribute("ranking", evaluation.ranking(callId));
        model.addAttribute("outcomes", Decision.Outcome.values());
        return "evaluation/call";
    }

    @PostMapping("/evaluation/calls/{callId}/settings")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    String settings(@PathVariable UUID callId, @RequestParam long version, @RequestParam(required = false) Integer k,
                    @RequestParam(required = false) BigDecimal spread, @RequestParam(required = false) Integer years,
                    RedirectAttributes redirect, Locale locale) {
        CallEvaluation s = evaluation.settings(callId);
        try {
            evaluation.configure(callId, version, k, s.getCriteriaSetId(), spread, years);
            redirect.addFlashAttribute("settingsSaved", true);
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorMessage", text(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/evaluation/calls/" + callId;
    }

    @PostMapping("/evaluation/calls/{callId}/assignment")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    String assign(@PathVariable UUID callId, RedirectAttributes redirect, Locale locale) {
        try {
            AssignmentResult r = evaluation.runAssignment(callId);
            List<String> issues = r.issues().stream().map(i -> text(i.messageKey(), i.arguments().toArray(), locale)).toList();
            redirect.addFlashAttribute("assignmentIssues", issues);
            redirect.addFlashAttribute("assigned", r.assignments().size());
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorMessage", text(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/evaluation/calls/" + callId + "#assignment";
    }

    @PostMapping("/evaluation/decisions/{applicationId}")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    String decide(@PathVariable UUID applicationId, @RequestParam UUID callId,
                  @RequestParam(required = false) Decision.Outcome outcome, @RequestParam(defaultValue = "") String amount,
                  @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect, Locale locale) {
        try {
            BigDecimal value = amount.isBlank() ? null : new BigDecimal(amount.strip().replace(',', '.'));
            decisions.record(applicationId, outcome, value, reason);
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("errorMessage", text("evaluation.decision.amountRequired", new Object[0], locale));
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorMessage", text(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/evaluation/calls/" + callId + "#ranking";
    }

    @PostMapping("/evaluation/decisions/{applicationId}/approve")
    @PreAuthorize("hasRole('COMMITTEE')")
    String approve(@PathVariable UUID applicationId, @RequestParam UUID callId, RedirectAttributes redirect, Locale locale) {
        try {
            decisions.approve(applicationId);
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorMessage", text(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/evaluation/calls/" + callId + "#ranking";
    }

    @PostMapping("/evaluation/decisions/{applicationId}/government")
    @PreAuthorize("hasAnyRole('COMMITTEE','ADMIN')")
    String government(@PathVariable UUID applicationId, @RequestParam UUID callId, @RequestParam(required = false) Boolean adopted,
                      @RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String date,
                      @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect, Locale locale) {
        try {
            java.time.LocalDate day = date.isBlank() ? null : java.time.LocalDate.parse(date.strip());
            decisions.decideFinally(applicationId, adopted, reference, day, reason);
            redirect.addFlashAttribute("governmentRecorded", true);
        } catch (java.time.format.DateTimeParseException e) {
            redirect.addFlashAttribute("errorMessage", text("evaluation.decision.government.dateRequired", new Object[0], locale));
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorMessage", text(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/evaluation/calls/" + callId + "#ranking";
    }

    @PostMapping("/evaluation/calls/{callId}/swap")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    String swap(@PathVariable UUID callId, @RequestParam UUID applicationId, @RequestParam(required = false) UUID outgoing,
                @RequestParam(required = false) UUID incoming, RedirectAttributes redirect, Locale locale) {
        try {
            evaluation.swap(callId, applicationId, outgoing, incoming);
            redirect.addFlashAttribute("swapped", true);
        } catch (SwapRefused e) {
            redirect.addFlashAttribute("swapRefused", e.issues().stream()
                    .map(i -> text(i.messageKey(), i.arguments().toArray(), locale)).toList());
        } catch (DomainException e) {
            redirect.addFlashAttribute("swapRefused", List.of(text(e.messageKey(), e.arguments(), locale)));
        }
        return "redirect:/evaluation/calls/" + callId + "#assignment";
    }

    @GetMapping("/evaluation/consensus/{applicationId}")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN','COMMITTEE')")
    String consensus(@PathVariable UUID applicationId, Model model, Locale locale) {
        EvaluationService.ConsensusView view = evaluation.consensus(applicationId);
        model.addAttribute("view", view);
        model.addAttribute("callTitle", catalogue.call(view.application().getCallId()).getTitle().in(locale));
        return "evaluation/consensus";
    }

    @PostMapping("/evaluation/consensus/{applicationId}")
    @PreAuthorize("hasRole('PROGRAMME_OFFICER')")
    String recordConsensus(@PathVariable UUID applicationId, @RequestParam String criterion,
                           @RequestParam(defaultValue = "") String score, @RequestParam(defaultValue = "") String justification,
                           RedirectAttributes redirect, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer value = null;
        if (!score.isBlank()) {
            try {
                value = Integer.valueOf(score.strip());
            } catch (NumberFormatException e) {
                errors.put("score", text("evaluation.score.notANumber", new Object[] {score}, locale));
            }
        }
        if (errors.isEmpty()) {
            try {
                evaluation.recordConsensus(applicationId, criterion, value, justification);
                redirect.addFlashAttribute("consensusSaved", criterion);
                return "redirect:/evaluation/consensus/" + applicationId;
            } catch (DomainException e) {
                errors.put(e.field() == null ? "form" : e.field(), text(e.messageKey(), e.arguments(), locale));
            }
        }
        redirect.addFlashAttribute("consensusCriterion", criterion);
        redirect.addFlashAttribute("consensusErrors", errors);
        redirect.addFlashAttribute("consensusValues", Map.of("score", score, "justification", justification));
        return "redirect:/evaluation/consensus/" + applicationId + "#c-" + criterion;
    }

    @GetMapping("/evaluation/decisions/{applicationId}/letter.pdf")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN','COMMITTEE')")
    ResponseEntity<byte[]> letter(@PathVariable UUID applicationId, @RequestParam(defaultValue = "fr") String lang) {
        byte[] pdf = decisions.letter(applicationId, Locale.forLanguageTag(lang));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"letter-" + lang + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    private String text(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }
}

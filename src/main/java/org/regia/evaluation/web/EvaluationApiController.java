package org.regia.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.regia.evaluation.Consolidation;
import org.regia.evaluation.Criterion;
import org.regia.evaluation.Decision;
import org.regia.evaluation.DecisionService;
import org.regia.evaluation.EvaluationService;
import org.regia.evaluation.ReviewService;
import org.regia.evaluation.ScoreSheet;
import org.regia.evaluation.ScoresRefused;
import org.regia.shared.web.ApiController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * JSON API of the evaluation. Officers and the committee read a call's assignment (panels, total affinity, loads,
 * constraint issues), its ranking with the funding line, and its decisions; experts read their assignments, declare
 * their interests and submit their score sheets (all refused scores at once as a 422 problem; 403 for an application
 * they are not assigned to or declared a conflict on).
 */
@ApiController("/api/evaluation")
@Tag(name = "Evaluation", description = "Assignment of experts, scoring, ranking with the funding line, decisions")
class EvaluationApiController {

    private final EvaluationService evaluation;
    private final ReviewService reviews;
    private final DecisionService decisions;
    private final MessageSource messages;

    EvaluationApiController(EvaluationService evaluation, ReviewService reviews, DecisionService decisions, MessageSource messages) {
        this.evaluation = evaluation;
        this.reviews = reviews;
        this.decisions = decisions;
        this.messages = messages;
    }

    // ---- officers and committee ----

    record ReviewerView(UUID expertId, String name, String gender, int affinity, boolean manual, boolean declared,
                        boolean conflicted, boolean submitted) {
    }

    record PanelView(UUID applicationId, String reference, String title, String language, List<ReviewerView> reviewers,
                     int missing) {
    }

    record LoadView(UUID expertId, String name, int load, int maxLoad, boolean overloaded) {
    }

    record AssignmentView(UUID callId, int reviewsPerApplication, long totalAffinity, long shortPanels,
                          List<PanelView> panels, List<LoadView> loads, List<String> issues) {
    }

    @GetMapping("/calls/{callId}/assignment")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN','COMMITTEE')")
    @Operation(summary = "A call's assignment: panels with affinity and progress, total affinity, experts' loads, constraint issues")
    AssignmentView assignment(@PathVariable UUID callId) {
        EvaluationService.AssignmentView a = evaluation.assignment(callId);
        List<PanelView> panels = a.panels().stream().map(p -> new PanelView(p.application().getApplicationId(),
                p.application().reference(), p.application().getTitle(), p.application().getLanguage(),
                p.reviewers().stream().map(r -> new ReviewerView(r.expert().getId(), r.expert().getName(),
                        r.expert().getGender().name(), r.affinity(), r.manual(), r.declaration() != null, r.conflicted(),
                        r.submitted())).toList(), p.missing())).toList();
        List<LoadView> loads = a.loads().stream().map(l -> new LoadView(l.expert().getId(), l.expert().getName(), l.load(),
                l.expert().getMaxLoad(), l.overloaded())).toList();
        List<String> issues = a.issues().stream().map(i -> text(i.messageKey(), i.arguments().toArray())).toList();
        return new AssignmentView(callId, a.settings().getReviewsPerApplication(), a.totalAffinity(), a.shortPanels(),
                panels, loads, issues);
    }

    record CriterionView(String code, BigDecimal weight, double mean, double spread, int experts, boolean disagreement,
                         Integer consensus) {
    }

    record RankedView(int rank, UUID applicationId, String reference, String title, BigDecimal total, String position,
                      BigDecimal amount, boolean disagreement, List<String> thresholdsMissed, long scoreSheets,
                      List<CriterionView> criteria, DecisionView decision) {
    }

    record RankingView(UUID callId, BigDecimal budget, BigDecimal aboveTheLine, BigDecimal left, List<RankedView> ranked,
                       List<String> reserve, List<String> extra100kWouldFund, List<String> unscored) {
    }

    @GetMapping("/calls/{callId}/ranking")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN','COMMITTEE')")
    @Operation(summary = "A call's ranking (consensus scores replace the means) with the funding line, the reserve list, "
            + "what an extra EUR 100,000 would fund, and the decisions")
    RankingView ranking(@PathVariable UUID callId) {
        EvaluationService.Ranking r = evaluation.ranking(callId);
        List<RankedView> ranked = new ArrayList<>();
        for (EvaluationService.Ranked x : r.ranked()) {
            List<CriterionView> criteria = new ArrayList<>();
            Consolidation c = x.consolidation();
            for (Consolidation.CriterionResult cr : c.results()) {
                Criterion k = cr.criterion();
                criteria.add(new CriterionView(k.code(), k.weight(), round(cr.mean()), round(cr.spread()), cr.experts(),
                        cr.disagreement(), c.consensus(k.code())));
            }
            Decision d = r.decisions().get(x.application().getApplicationId());
            ranked.add(new RankedView(x.rank(), x.application().getApplicationId(), x.application().reference(),
                    x.application().getTitle(), x.total(), r.position(x.application().getApplicationId()),
                    x.application().amount().amount(), x.disagreement(), x.thresholdsMissed(), x.submitted(), criteria,
                    d == null ? null : view(d, x.application().reference())));
        }
        return new RankingView(callId, r.budget().amount(), r.line().committed().amount(), r.line().left().amount(), ranked,
                r.line().reserve().stream().map(e -> e.reference()).toList(),
                r.extraWouldFund().stream().map(e -> e.reference()).toList(),
                r.unscored().stream().map(a -> a.reference()).toList());
    }

    record DecisionView(UUID decisionId, UUID applicationId, String reference, String outcome, BigDecimal amount,
                        String reason, boolean againstLine, String status, String proposedOutcome,
                        String governmentReference, LocalDate governmentDate, Boolean governmentAdopted) {
    }

    @GetMapping("/calls/{callId}/decisions")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN','COMMITTEE')")
    @Operation(summary = "A call's decisions: proposed by the officer, proposed by the committee to the minister, or final "
            + "(with the Government's reference and date)")
    List<DecisionView> decisions(@PathVariable UUID callId) {
        Map<UUID, String> references = new java.util.HashMap<>();
        evaluation.applicationsOf(callId).forEach(a -> references.put(a.getApplicationId(), a.reference()));
        return decisions.ofCall(callId).stream().map(d -> view(d, references.get(d.getApplicationId()))).toList();
    }

    private static DecisionView view(Decision d, String reference) {
        return new DecisionView(d.getId(), d.getApplicationId(), reference, d.getOutcome().name(), d.getAmount(),
                d.getReason(), d.isAgainstLine(), d.getStatus().name(),
                d.getProposedOutcome() == null ? null : d.getProposedOutcome().name(), d.getGovernmentReference(),
                d.getGovernmentDate(), d.getGovernmentAdopted());
    }

    // ---- experts ----

    record MyReviewView(UUID applicationId, String reference, String title, String call, String status) {
    }

    @GetMapping("/reviews")
    @PreAuthorize("hasRole('EXPERT')")
    @Operation(summary = "My assignments (expert) and where I stand: TO_DECLARE, CONFLICT, TO_SCORE, IN_PROGRESS, SUBMITTED")
    List<MyReviewView> myReviews() {
        return reviews.myReviews().stream().map(r -> new MyReviewView(r.application().getApplicationId(),
                r.application().reference(), r.application().getTitle(), r.callTitle(), r.status())).toList();
    }

    record DeclarationInput(Boolean conflicted, String reason) {
    }

    record DeclarationView(UUID applicationId, boolean conflicted, String reason) {
    }

    @PostMapping("/reviews/{applicationId}/declaration")
    @PreAuthorize("hasRole('EXPERT')")
    @Operation(summary = "Declare my interests on an assigned application (before anything else; once)")
    DeclarationView declare(@PathVariable UUID applicationId, @RequestBody DeclarationInput input) {
        var d = reviews.declare(applicationId, input.conflicted(), input.reason());
        return new DeclarationView(applicationId, d.isConflicted(), d.getReason());
    }

    record ScoreView(String criterion, String name, int scaleMin, int scaleMax, BigDecimal weight, Integer threshold,
                     Integer score, String justification) {
    }

    record SheetView(UUID applicationId, long version, boolean submitted, List<ScoreView> scores) {
    }

    @GetMapping("/reviews/{applicationId}/scores")
    @PreAuthorize("hasRole('EXPERT')")
    @Operation(summary = "My score sheet for an application (only once declared free of conflict)")
    SheetView sheet(@PathVariable UUID applicationId) {
        return view(reviews.sheet(applicationId));
    }

    record ScoreInput(String criterion, Integer score, String justification) {
    }

    record SheetInput(long version, boolean submit, List<ScoreInput> scores) {
    }

    @PutMapping("/reviews/{applicationId}/scores")
    @PreAuthorize("hasRole('EXPERT')")
    @Operation(summary = "Save my scores, and submit and lock them when submit is true; every refused score comes back "
            + "as a field error of a 422 problem (nothing is saved)")
    SheetView score(@PathVariable UUID applicationId, @RequestBody SheetInput input) {
        List<ReviewService.ScoreInput> in = input.scores() == null ? List.of() : input.scores().stream()
                .map(s -> new ReviewService.ScoreInput(s.criterion(), s.score(), s.justification())).toList();
        reviews.saveScores(applicationId, input.version(), in, input.submit());
        return view(reviews.sheet(applicationId));
    }

    private SheetView view(ReviewService.Sheet s) {
        ScoreSheet sheet = s.sheet();
        List<ScoreView> scores = new ArrayList<>();
        for (Criterion c : s.criteria().criteria()) {
            var e = sheet.entry(c.code());
            scores.add(new ScoreView(c.code(), c.name().in(LocaleContextHolder.getLocale()), c.scaleMin(), c.scaleMax(),
                    c.weight(), c.threshold(), e.map(ScoreSheet.Entry::getScore).orElse(null),
                    e.map(ScoreSheet.Entry::getJustification).orElse(null)));
        }
        return new SheetView(sheet.getApplicationId(), sheet.getVersion(), sheet.isSubmitted(), scores);
    }

    /** Every refused score at once: a 422 problem with one error per criterion. */
    @ExceptionHandler(ScoresRefused.class)
    ProblemDetail refused(ScoresRefused e, HttpServletRequest request) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, text(e.messageKey(), e.arguments()));
        pd.setType(URI.create("https://regia.example/problems/rule-violated"));
        pd.setTitle(HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase());
        pd.setInstance(URI.create(request.getRequestURI()));
        pd.setProperty("errors", e.errors().stream().map(x -> Map.of("field", x.field() == null ? "scores" : x.field(),
                "message", text(x.messageKey(), x.arguments()))).toList());
        return pd;
    }

    private String text(String key, Object[] args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}

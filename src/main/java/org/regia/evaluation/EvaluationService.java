package org.regia.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regia.applications.Application;
import org.regia.applications.ApplicationService;
import org.regia.applications.ApplicationSubmitted;
import org.regia.applications.BudgetService;
import org.regia.catalogue.Call;
import org.regia.catalogue.CatalogueService;
import org.regia.identity.CurrentUser;
import org.regia.shared.DomainException;
import org.regia.shared.Money;
import org.regia.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's side of the evaluation of a call: registration of submitted applications, settings (k, pinned
 * criteria set), optimal assignment and manual swaps checked against the same rules, progress, consolidation with
 * consensus scores, ranking and funding line.
 */
@Service
@Transactional
public class EvaluationService {

    static final String STANDARD_CRITERIA = "RDI-STANDARD";
    static final Money EXTRA = Money.eur(100_000);
    private static final Logger log = LoggerFactory.getLogger(EvaluationService.class);

    private final EvaluatedApplicationRepository applications;
    private final CallEvaluationRepository settings;
    private final CriteriaSetRepository criteriaSets;
    private final ExpertRepository experts;
    private final AssignmentRepository assignments;
    private final DeclarationRepository declarations;
    private final ScoreSheetRepository sheets;
    private final ConsensusRepository consensus;
    private final DecisionRepository decisions;
    private final ApplicationService applicationService;
    private final BudgetService budgets;
    private final CatalogueService catalogue;
    private final Clock clock;

    EvaluationService(EvaluatedApplicationRepository applications, CallEvaluationRepository settings,
                      CriteriaSetRepository criteriaSets, ExpertRepository experts, AssignmentRepository assignments,
                      DeclarationRepository declarations, ScoreSheetRepository sheets, ConsensusRepository consensus,
                      DecisionRepository decisions, ApplicationService applicationService, BudgetService budgets,
                      CatalogueService catalogue, Clock clock) {
        this.applications = applications;
        this.settings = settings;
        this.criteriaSets = criteriaSets;
        this.experts = experts;
        this.assignments = assignments;
        this.declarations = declarations;
        this.sheets = sheets;
        this.consensus = consensus;
        this.decisions = decisions;
        this.applicationService = applicationService;
        this.budgets = budgets;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    // ---- registration (from ApplicationSubmitted) ----

    /**
     * Registers a submitted application for evaluation (idempotent: a second delivery of the event changes nothing).
     * Language and topic words come from its texts, partner organisations from its consortium, the requested
     * amount from its state-aid calculation.
     */
    public Optional<EvaluatedApplication> register(ApplicationSubmitted event) {
        if (applications.existsById(event.applicationId())) {
            return applications.findById(event.applicationId());
        }
        ApplicationSubmitted.Dossier d = event.dossier();
        if (d == null) { // published before events carried the dossier: read it
            Optional<Application> found = applicationService.submittedForEvaluation(event.applicationId());
            if (found.isEmpty()) {
                log.warn("Application {} announced as submitted but not found as submitted; not registered", event.applicationId());
                return Optional.empty();
            }
            d = ApplicationSubmitted.Dossier.of(found.get(), budgets.stateAid(found.get()).totalAid().amount());
        }
        String texts = d.title() + " " + d.summary() + " " + d.regionalImpact();
        Set<String> domains = new HashSet<>();
        if (!d.domain().isBlank()) {
            domains.add("BUILDINGS".equals(d.domain()) ? "CLIMATE_BUILDINGS" : d.domain());
        }
        Set<UUID> partnerKeys = new HashSet<>();
        for (ApplicationSubmitted.Participant p : d.partners()) {
            partnerKeys.add(p.enterpriseNumber() != null ? Csv.organisationKey(p.enterpriseNumber()) : p.organisationId());
        }
        EvaluatedApplication e = new EvaluatedApplication(event.applicationId(), event.callId(), event.receiptNumber(), d.title(),
                d.coordinatorName(), ApplicationTexts.language(texts),
                ApplicationTexts.keywords(d.title() + " " + d.summary()), domains, partnerKeys, Money.eur(d.requestedAid()),
                clock.instant());
        log.info("Application {} ({}) registered for evaluation", event.receiptNumber(), event.applicationId());
        return Optional.of(applications.saveAndFlush(e));
    }

    /**
     * Version 1 of the standard RDI criteria (DOMAIN.md §3.4; extract 003c): weights 2 for scientific quality and
     * impact on the Region, 1 otherwise; scale 0-5; minimum 3 for quality and 2 for ethics.
     */
    static CriteriaSet standardCriteria() {
        return new CriteriaSet(STANDARD_CRITERIA, 1, List.of(
                criterion("quality", "Qualité scientifique", "Wetenschappelijke kwaliteit", "Scientific quality", 2, 3),
                criterion("innovation", "Caractère innovant", "Innovatief karakter", "Innovativeness", 1, null),
                criterion("feasibility", "Faisabilité", "Haalbaarheid", "Feasibility", 1, null),
                criterion("expertise", "Expertise des promoteurs", "Expertise van de promotoren", "Promoters’ expertise", 1, null),
                criterion("valorisation", "Perspectives de valorisation", "Valorisatieperspectieven", "Valorisation prospects", 1, null),
                criterion("economic", "Impact stratégique et économique", "Strategische en economische impact", "Strategic and economic impact", 1, null),
                criterion("region", "Impact pour la Région (économique, social, environnemental, écosystème)",
                        "Impact voor het Gewest (economisch, sociaal, milieu, ecosysteem)",
                        "Impact on the Region (economic, social, environmental, ecosystem)", 2, null),
                criterion("ethics", "Éthique", "Ethiek", "Ethics", 1, 2)));
    }

    private static Criterion criterion(String code, String fr, String nl, String en, int weight, Integer threshold) {
        return new Criterion(code, new org.regia.shared.LocalizedText(fr, nl, en), BigDecimal.valueOf(weight), 0, 5, threshold);
    }

    // ---- settings ----

    /** The call's settings; created with the defaults (and the latest standard criteria pinned) on first use. */
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN','COMMITTEE')")
    public CallEvaluation settings(UUID callId) {
        return settingsOf(callId);
    }

    CallEvaluation settingsOf(UUID callId) {
        return settings.findById(callId).orElseGet(() -> {
            catalogue.call(callId);
            StoredCriteriaSet standard = criteriaSets.findTopByReferenceOrderByVersionDesc(STANDARD_CRITERIA)
                    .orElseGet(() -> criteriaSets.saveAndFlush(new StoredCriteriaSet(standardCriteria(), clock.instant())));
            return settings.saveAndFlush(new CallEvaluation(callId, standard.getId(), clock.instant()));
        });
    }

    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public CallEvaluation configure(UUID callId, long expectedVersion, Integer k, UUID criteriaSetId, BigDecimal spread, Integer years) {
        CallEvaluation s = settingsOf(callId);
        if (s.getVersion() != expectedVersion) {
            throw new DomainException("evaluation.conflict");
        }
        if (criteriaSetId == null || !criteriaSets.existsById(criteriaSetId)) {
            throw DomainException.onField("criteriaSetId", "evaluation.settings.criteriaRequired");
        }
        List<UUID> ids = applicationIds(callId);
        if (!criteriaSetId.equals(s.getCriteriaSetId()) && !sheets.findByApplicationIdIn(ids).isEmpty()) {
            throw DomainException.onField("criteriaSetId", "evaluation.settings.criteriaPinned");
        }
        s.configure(k, criteriaSetId, spread, years, clock.instant());
        return settings.saveAndFlush(s);
    }

    @Transactional(readOnly = true)
    public List<StoredCriteriaSet> criteriaSets() {
        return criteriaSets.findAllByOrderByReferenceAscVersionDesc();
    }

    @Transactional(readOnly = true)
    public CriteriaSet criteriaOf(UUID criteriaSetId) {
        return criteriaSets.findById(criteriaSetId).orElseThrow(() -> new NotFoundException("criteria", criteriaSetId)).toDomain();
    }

    // ---- applications of a call ----

    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN','COMMITTEE')")
    @Transactional(readOnly = true)
    public List<EvaluatedApplication> applicationsOf(UUID callId) {
        return applications.findByCallIdOrderByReceiptNumber(callId);
    }

    /** Calls that have applications registered for evaluation, with how many. */
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN','COMMITTEE')")
    @Transactional(readOnly = true)
    public Map<UUID, Long> callsUnderEvaluation() {
        return applications.findAll().stream().collect(Collectors.groupingBy(EvaluatedApplication::getCallId, Collectors.counting()));
    }

    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public EvaluatedApplication adjust(UUID applicationId, long expectedVersion, String language, BigDecimal proposedAmount) {
        EvaluatedApplication a = application(applicationId);
        if (a.getVersion() != expectedVersion) {
            throw new DomainException("evaluation.conflict");
        }
        a.adjust(language, proposedAmount);
        return applications.saveAndFlush(a);
    }

    EvaluatedApplication application(UUID applicationId) {
        return applications.findById(applicationId).orElseThrow(() -> new NotFoundException("application", applicationId));
    }

    private List<UUID> applicationIds(UUID callId) {
        return applications.findByCallIdOrderByReceiptNumber(callId).stream().map(EvaluatedApplication::getApplicationId).toList();
    }

    // ---- assignment ----

    AssignmentProblem problem(UUID callId) {
        CallEvaluation s = settingsOf(callId);
        List<EvaluatedApplication> apps = applications.findByCallIdOrderByReceiptNumber(callId);
        Set<AssignmentProblem.Pair> conflicts = declarations.findByApplicationIdIn(apps.stream().map(EvaluatedApplication::getApplicationId).toList())
                .stream().filter(Declaration::isConflicted)
                .map(d -> new AssignmentProblem.Pair(d.getExpertId(), d.getApplicationId())).collect(Collectors.toSet());
        return new AssignmentProblem(apps.stream().map(EvaluatedApplication::profile).toList(),
                experts.findAllByOrderByName().stream().map(Expert::profile).toList(), s.getReviewsPerApplication(),
                conflicts, s.policy(), LocalDate.now(clock));
    }

    /**
     * Solves the call's assignment (OR-Tools min-cost flow) and replaces the current one. Refused once experts have
     * started (declared or scored) and when k is larger than the pool; the issues of the result are returned.
     */
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public AssignmentResult runAssignment(UUID callId) {
        List<UUID> ids = applicationIds(callId);
        if (ids.isEmpty()) {
            throw new DomainException("evaluation.assignment.noApplications");
        }
        if (!declarations.findByApplicationIdIn(ids).isEmpty() || !sheets.findByApplicationIdIn(ids).isEmpty()) {
            throw new DomainException("evaluation.assignment.started");
        }
        AssignmentResult result = AssignmentSolver.solve(problem(callId));
        for (AssignmentResult.Issue i : result.issues()) {
            if (i.kind() == AssignmentResult.Issue.Kind.K_LARGER_THAN_POOL) {
                throw DomainException.onField("reviewsPerApplication", i.messageKey(), i.arguments().toArray());
            }
        }
        assignments.deleteAll(assignments.findByApplicationIdIn(ids));
        assignments.flush();
        var now = clock.instant();
        assignments.saveAll(result.assignments().stream()
                .map(a -> new ReviewAssignment(a.application(), a.expert(), a.affinity(), false, now)).toList());
        assignments.flush();
        log.info("Assignment of call {}: {} reviews, total affinity {}, {} issue(s), {} ms", callId,
                result.assignments().size(), result.totalAffinity(), result.issues().size(), result.solveMillis());
        return result;
    }

    /**
     * Replaces one reviewer of an application by another expert, if the new assignment breaks no constraint that the
     * current one respects (eligibility: language, availability, conflicts; loads; duplicates; a gender-mixed panel
     * where the pool allows). Refused with the reasons ({@link SwapRefused}); nothing changes then.
     */
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public ReviewAssignment swap(UUID callId, UUID applicationId, UUID outgoing, UUID incoming) {
        EvaluatedApplication app = application(applicationId);
        if (!app.getCallId().equals(callId)) {
            throw new NotFoundException("application", applicationId);
        }
        if (incoming == null) {
            throw DomainException.onField("incoming", "evaluation.swap.chooseExpert");
        }
        ReviewAssignment current = assignments.findByApplicationIdAndExpertId(applicationId, outgoing)
                .orElseThrow(() -> DomainException.onField("outgoing", "evaluation.swap.notAssigned"));
        Optional<ScoreSheet> started = sheets.findByApplicationIdAndExpertId(applicationId, outgoing);
        if (started.isPresent()) {
            throw DomainException.onField("outgoing", "evaluation.swap.alreadyScoring");
        }
        Expert in = experts.findById(incoming).orElseThrow(() -> DomainException.onField("incoming", "evaluation.swap.chooseExpert"));
        AssignmentProblem problem = problem(callId);
        List<UUID> ids = applicationIds(callId);
        List<AssignmentResult.Assignment> before = assignments.findByApplicationIdIn(ids).stream()
                .map(a -> new AssignmentResult.Assignment(a.getApplicationId(), a.getExpertId(), a.getAffinity())).toList();
        int affinity = Affinity.of(app.profile(), in.profile());
        List<AssignmentResult.Assignment> after = new ArrayList<>(before.stream()
                .filter(a -> !(a.application().equals(applicationId) && a.expert().equals(outgoing))).toList());
        after.add(new AssignmentResult.Assignment(applicationId, incoming, affinity));
        Set<String> existing = new HashSet<>();
        AssignmentRules.violations(problem, before).forEach(i -> existing.add(key(i)));
        AssignmentRules.unmixedPanels(problem, before).forEach(i -> existing.add(key(i)));
        List<AssignmentResult.Issue> added = new ArrayList<>();
        AssignmentRules.violations(problem, after).stream().filter(i -> !existing.contains(key(i))).forEach(added::add);
        AssignmentRules.unmixedPanels(problem, after).stream().filter(i -> !existing.contains(key(i))).forEach(added::add);
        if (!added.isEmpty()) {
            log.info("Swap on application {} refused ({} -> {}): {}", applicationId, outgoing, incoming,
                    added.stream().map(EvaluationService::key).toList());
            throw new SwapRefused(added);
        }
        log.info("Swap on application {}: {} replaced by {} (affinity {})", applicationId, outgoing, incoming, affinity);
        assignments.delete(current);
        assignments.flush();
        return assignments.saveAndFlush(new ReviewAssignment(applicationId, incoming, affinity, true, clock.instant()));
    }

    private static String key(AssignmentResult.Issue i) {
        return i.messageKey() + i.arguments();
    }

    /** One reviewer of an application, with the progress of their review. */
    public record Reviewer(Expert expert, int affinity, boolean manual, Declaration declaration, ScoreSheet sheet) {
        public boolean conflicted() {
            return declaration != null && declaration.isConflicted();
        }

        public boolean submitted() {
            return sheet != null && sheet.isSubmitted();
        }
    }

    /** An application with its reviewers; {@code missing} reviewers to reach k. */
    public record Panel(EvaluatedApplication application, List<Reviewer> reviewers, int missing) {
        public long submitted() {
            return reviewers.stream().filter(Reviewer::submitted).count();
        }
    }

    /** An expert's load in the call against their maximum. */
    public record Load(Expert expert, int load) {
        public boolean overloaded() {
            return load > expert.getMaxLoad();
        }

        public int spare() {
            return Math.max(0, expert.getMaxLoad() - load);
        }
    }

    /** The call's current assignment, its total affinity, loads and constraint issues. */
    public record AssignmentView(CallEvaluation settings, List<Panel> panels, long totalAffinity, List<Load> loads,
                                 List<AssignmentResult.Issue> issues, List<Expert> experts) {
        public boolean assigned() {
            return panels.stream().anyMatch(p -> !p.reviewers().isEmpty());
        }

        public long shortPanels() {
            return panels.stream().filter(p -> p.missing() > 0).count();
        }

        public long submittedScorecards() {
            return panels.stream().mapToLong(Panel::submitted).sum();
        }

        public long expectedScorecards() {
            return (long) panels.size() * settings.getReviewsPerApplication();
        }
    }

    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN','COMMITTEE')")
    public AssignmentView assignment(UUID callId) {
        CallEvaluation s = settingsOf(callId);
        List<EvaluatedApplication> apps = applications.findByCallIdOrderByReceiptNumber(callId);
        List<UUID> ids = apps.stream().map(EvaluatedApplication::getApplicationId).toList();
        List<Expert> pool = experts.findAllByOrderByName();
        Map<UUID, Expert> byId = pool.stream().collect(Collectors.toMap(Expert::getId, Function.identity()));
        List<ReviewAssignment> current = assignments.findByApplicationIdIn(ids);
        Map<String, Declaration> decl = declarations.findByApplicationIdIn(ids).stream()
                .collect(Collectors.toMap(d -> d.getApplicationId() + "/" + d.getExpertId(), Function.identity()));
        Map<String, ScoreSheet> sh = sheets.findByApplicationIdIn(ids).stream()
                .collect(Collectors.toMap(d -> d.getApplicationId() + "/" + d.getExpertId(), Function.identity()));
        List<Panel> panels = new ArrayList<>();
        Map<UUID, Integer> loads = new HashMap<>();
        long total = 0;
        for (EvaluatedApplication a : apps) {
            List<Reviewer> reviewers = new ArrayList<>();
            for (ReviewAssignment r : current) {
                if (r.getApplicationId().equals(a.getApplicationId())) {
                    String k = a.getApplicationId() + "/" + r.getExpertId();
                    reviewers.add(new Reviewer(byId.get(r.getExpertId()), r.getAffinity(), r.isManual(), decl.get(k), sh.get(k)));
                    loads.merge(r.getExpertId(), 1, Integer::sum);
                    total += r.getAffinity();
                }
            }
            reviewers.sort(Comparator.comparing(r -> r.expert().getName()));
            long valid = reviewers.stream().filter(r -> !r.conflicted()).count();
            panels.add(new Panel(a, reviewers, (int) Math.max(0, s.getReviewsPerApplication() - valid)));
        }
        List<Load> loadList = pool.stream().map(e -> new Load(e, loads.getOrDefault(e.getId(), 0))).toList();
        List<AssignmentResult.Issue> issues = current.isEmpty() ? List.of() : AssignmentRules.violations(problem(callId),
                current.stream().map(r -> new AssignmentResult.Assignment(r.getApplicationId(), r.getExpertId(), r.getAffinity())).toList());
        return new AssignmentView(s, panels, total, loadList, issues, pool);
    }

    // ---- consolidation, ranking, funding line ----

    /** One application in the ranking. */
    public record Ranked(EvaluatedApplication application, int rank, Consolidation consolidation, BigDecimal total,
                         List<String> thresholdsMissed, long submitted, Decision decision) {
        public boolean fundable() {
            return thresholdsMissed.isEmpty();
        }

        public boolean disagreement() {
            return consolidation.disagreement();
        }
    }

    /** A call's ranking with the funding line drawn at its budget. */
    public record Ranking(UUID callId, CallEvaluation settings, CriteriaSet criteria, Money budget, List<Ranked> ranked,
                          List<EvaluatedApplication> unscored, FundingLine line, List<FundingLine.Entry> extraWouldFund,
                          Map<UUID, Decision> decisions) {
        public String position(UUID applicationId) {
            if (line.funded().stream().anyMatch(e -> e.application().equals(applicationId))) {
                return "FUNDED";
            }
            if (line.reserve().stream().anyMatch(e -> e.application().equals(applicationId))) {
                return "RESERVE";
            }
            return "NOT_FUNDABLE";
        }

        public boolean fundedByLine(UUID applicationId) {
            return "FUNDED".equals(position(applicationId));
        }

        public Optional<Ranked> of(UUID applicationId) {
            return ranked.stream().filter(r -> r.application().getApplicationId().equals(applicationId)).findFirst();
        }
    }

    /** A ranked application's total and its call's funding line (the lowest total above the line). */
    public record RankedScore(UUID applicationId, UUID callId, BigDecimal score, BigDecimal cutoff) {
    }

    /**
     * The final total of a ranked application and the funding line of its call, for follow-up analyses (the impact
     * module's regression discontinuity). No access check: scores only, nothing of the content. Empty when the
     * application is not ranked or nothing is above the line.
     */
    @Transactional(readOnly = true)
    public Optional<RankedScore> rankedScore(UUID applicationId) {
        Optional<EvaluatedApplication> app = applications.findById(applicationId);
        if (app.isEmpty()) {
            return Optional.empty();
        }
        Ranking r = rankingOf(app.get().getCallId());
        Optional<Ranked> me = r.of(applicationId);
        Optional<BigDecimal> cutoff = r.ranked().stream().filter(x -> r.fundedByLine(x.application().getApplicationId()))
                .map(Ranked::total).min(Comparator.naturalOrder());
        if (me.isEmpty() || cutoff.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RankedScore(applicationId, app.get().getCallId(), me.get().total(), cutoff.get()));
    }

    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN','COMMITTEE')")
    public Ranking ranking(UUID callId) {
        return rankingOf(callId);
    }

    Ranking rankingOf(UUID callId) {
        CallEvaluation s = settingsOf(callId);
        CriteriaSet criteria = criteriaOf(s.getCriteriaSetId());
        List<EvaluatedApplication> apps = applications.findByCallIdOrderByReceiptNumber(callId);
        List<UUID> ids = apps.stream().map(EvaluatedApplication::getApplicationId).toList();
        Map<UUID, List<ScoreSheet>> sheetsByApp = sheets.findByApplicationIdIn(ids).stream()
                .filter(ScoreSheet::isSubmitted).collect(Collectors.groupingBy(ScoreSheet::getApplicationId));
        Map<UUID, List<ConsensusScore>> agreed = consensus.findByApplicationIdIn(ids).stream()
                .collect(Collectors.groupingBy(ConsensusScore::getApplicationId));
        Map<UUID, Decision> decided = decisions.findByCallId(callId).stream()
                .collect(Collectors.toMap(Decision::getApplicationId, Function.identity()));
        record Scored(EvaluatedApplication app, Consolidation c, BigDecimal total, long n) {
        }
        List<Scored> scored = new ArrayList<>();
        List<EvaluatedApplication> unscored = new ArrayList<>();
        for (EvaluatedApplication a : apps) {
            List<ScoreSheet> list = sheetsByApp.getOrDefault(a.getApplicationId(), List.of());
            if (list.isEmpty()) {
                unscored.add(a);
                continue;
            }
            Consolidation c = new Consolidation(a.getApplicationId(), criteria,
                    list.stream().map(x -> x.toScorecard(criteria)).toList(), s.getDisagreementSpread().doubleValue());
            for (ConsensusScore cs : agreed.getOrDefault(a.getApplicationId(), List.of())) {
                c.recordConsensus(cs.getCriterionCode(), cs.getScore());
            }
            scored.add(new Scored(a, c, c.weightedTotal(), list.size()));
        }
        scored.sort(Comparator.comparing(Scored::total).reversed().thenComparing(x -> x.app().reference()));
        List<Ranked> ranked = new ArrayList<>();
        List<FundingLine.Entry> entries = new ArrayList<>();
        int rank = 1;
        for (Scored x : scored) {
            List<String> missed = x.c().thresholdsMissed();
            ranked.add(new Ranked(x.app(), rank, x.c(), x.total(), missed, x.n(), decided.get(x.app().getApplicationId())));
            entries.add(new FundingLine.Entry(x.app().getApplicationId(), x.app().reference(), rank, x.app().amount(), missed.isEmpty()));
            rank++;
        }
        Call call = catalogue.call(callId);
        Money budget = call.getBudget() == null ? Money.ZERO : call.getBudget();
        FundingLine line = FundingLine.draw(budget, entries);
        return new Ranking(callId, s, criteria, budget, ranked, unscored, line, line.extraWouldFund(EXTRA), decided);
    }

    /**
     * The lead adviser's consensus score on a criterion, with its justification (replaces the mean; clears the
     * disagreement flag). Refused once the committee has approved the decision; every bad input at its field.
     */
    @PreAuthorize("hasRole('PROGRAMME_OFFICER')")
    public ConsensusScore recordConsensus(UUID applicationId, String criterionCode, Integer value, String justification) {
        EvaluatedApplication a = application(applicationId);
        CriteriaSet criteria = criteriaOf(settingsOf(a.getCallId()).getCriteriaSetId());
        Criterion c = criteria.criterion(criterionCode)
                .orElseThrow(() -> DomainException.onField("criterionCode", "evaluation.score.unknownCriterion", criterionCode));
        if (value == null) {
            throw DomainException.onField("score", "evaluation.score.required");
        }
        if (value < c.scaleMin() || value > c.scaleMax()) {
            throw DomainException.onField("score", "evaluation.score.outOfScale", value, c.scaleMin(), c.scaleMax());
        }
        if (decisions.findByApplicationId(applicationId).filter(Decision::isApproved).isPresent()) {
            throw new DomainException("evaluation.decision.final");
        }
        if (sheets.findByApplicationIdIn(List.of(applicationId)).stream().noneMatch(ScoreSheet::isSubmitted)) {
            throw new DomainException("evaluation.consolidation.noScores");
        }
        Optional<ConsensusScore> existing = consensus.findByApplicationIdAndCriterionCode(applicationId, criterionCode);
        ConsensusScore cs;
        if (existing.isPresent()) {
            cs = existing.get();
            cs.record(value, justification, CurrentUser.id(), clock.instant());
        } else {
            cs = new ConsensusScore(applicationId, criterionCode, value, justification, CurrentUser.id(), clock.instant());
        }
        log.info("Consensus on {} / {}: {} by {}", applicationId, criterionCode, value, CurrentUser.id());
        return consensus.saveAndFlush(cs);
    }

    /** One expert's submitted sheet, for the consensus discussion. */
    public record ExpertSheet(Expert expert, ScoreSheet sheet) {
    }

    /**
     * The consensus screen of one application: per criterion the experts' mean, spread and disagreement flag, each
     * expert's score and justification, the consensus recorded so far and the weighted total it gives.
     */
    public record ConsensusView(EvaluatedApplication application, CriteriaSet criteria, CallEvaluation settings,
                                Consolidation consolidation, BigDecimal total, Map<String, ConsensusScore> consensus,
                                List<ExpertSheet> sheets, Decision decision) {
        public boolean editable() {
            return decision == null || !decision.isApproved();
        }
    }

    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN','COMMITTEE')")
    @Transactional(readOnly = true)
    public ConsensusView consensus(UUID applicationId) {
        EvaluatedApplication a = application(applicationId);
        CallEvaluation s = settingsOf(a.getCallId());
        CriteriaSet criteria = criteriaOf(s.getCriteriaSetId());
        List<ScoreSheet> submitted = sheets.findByApplicationIdIn(List.of(applicationId)).stream()
                .filter(ScoreSheet::isSubmitted).toList();
        if (submitted.isEmpty()) {
            throw new DomainException("evaluation.consolidation.noScores");
        }
        Consolidation c = new Consolidation(applicationId, criteria,
                submitted.stream().map(x -> x.toScorecard(criteria)).toList(), s.getDisagreementSpread().doubleValue());
        Map<String, ConsensusScore> agreed = new HashMap<>();
        for (ConsensusScore cs : consensus.findByApplicationIdIn(List.of(applicationId))) {
            c.recordConsensus(cs.getCriterionCode(), cs.getScore());
            agreed.put(cs.getCriterionCode(), cs);
        }
        Map<UUID, Expert> byId = experts.findAllById(submitted.stream().map(ScoreSheet::getExpertId).toList()).stream()
                .collect(Collectors.toMap(Expert::getId, Function.identity()));
        List<ExpertSheet> list = submitted.stream().map(x -> new ExpertSheet(byId.get(x.getExpertId()), x))
                .sorted(Comparator.comparing(x -> x.expert().getName())).toList();
        return new ConsensusView(a, criteria, s, c, c.weightedTotal(), agreed, list,
                decisions.findByApplicationId(applicationId).orElse(null));
    }
}

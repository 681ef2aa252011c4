package org.regia.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regia.applications.Application;
import org.regia.applications.ApplicationService;
import org.regia.applications.BudgetService;
import org.regia.catalogue.CatalogueService;
import org.regia.shared.DomainException;
import org.regia.shared.Money;
import org.regia.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The expert's side: my assignments, the conflict-of-interest declaration that must come before anything else, then
 * the application's content and the scorecard. An expert who is not assigned, has not declared, or declared a
 * conflict never gets the content (refused with 403 and logged).
 */
@Service
@Transactional
@PreAuthorize("hasRole('EXPERT')")
public class ReviewService {

    private static final Logger log = LoggerFactory.getLogger(ReviewService.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ExpertService expertService;
    private final EvaluationService evaluation;
    private final EvaluatedApplicationRepository applications;
    private final AssignmentRepository assignments;
    private final DeclarationRepository declarations;
    private final ScoreSheetRepository sheets;
    private final ApplicationService applicationService;
    private final BudgetService budgets;
    private final CatalogueService catalogue;
    private final Clock clock;

    ReviewService(ExpertService expertService, EvaluationService evaluation, EvaluatedApplicationRepository applications,
                  AssignmentRepository assignments, DeclarationRepository declarations, ScoreSheetRepository sheets,
                  ApplicationService applicationService, BudgetService budgets, CatalogueService catalogue, Clock clock) {
        this.expertService = expertService;
        this.evaluation = evaluation;
        this.applications = applications;
        this.assignments = assignments;
        this.declarations = declarations;
        this.sheets = sheets;
        this.applicationService = applicationService;
        this.budgets = budgets;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** One of my assignments with where I stand (what to declare: title, reference and the consortium). */
    public record MyReview(EvaluatedApplication application, String callTitle, Declaration declaration, ScoreSheet sheet) {
        public String status() {
            if (declaration == null) {
                return "TO_DECLARE";
            }
            if (declaration.isConflicted()) {
                return "CONFLICT";
            }
            if (sheet != null && sheet.isSubmitted()) {
                return "SUBMITTED";
            }
            return sheet == null ? "TO_SCORE" : "IN_PROGRESS";
        }
    }

    public List<MyReview> myReviews() {
        Expert me = expertService.mine();
        Map<UUID, Declaration> decl = declarations.findByExpertId(me.getId()).stream()
                .collect(Collectors.toMap(Declaration::getApplicationId, Function.identity()));
        Map<UUID, ScoreSheet> sh = sheets.findByExpertId(me.getId()).stream()
                .collect(Collectors.toMap(ScoreSheet::getApplicationId, Function.identity()));
        List<MyReview> out = new ArrayList<>();
        for (ReviewAssignment a : assignments.findByExpertId(me.getId())) {
            EvaluatedApplication app = evaluation.application(a.getApplicationId());
            String callTitle = catalogue.call(app.getCallId()).getTitle().in(org.springframework.context.i18n.LocaleContextHolder.getLocale());
            out.add(new MyReview(app, callTitle, decl.get(app.getApplicationId()), sh.get(app.getApplicationId())));
        }
        out.sort(java.util.Comparator.comparing(r -> r.application().reference()));
        return out;
    }

    /** What an expert sees before declaring: reference, title and the consortium (to recognise a conflict). */
    public record ForDeclaration(EvaluatedApplication application, List<String> partners, Declaration declaration) {
    }

    public ForDeclaration forDeclaration(UUID applicationId) {
        Expert me = expertService.mine();
        EvaluatedApplication app = assigned(me, applicationId);
        Application a = applicationService.submittedForEvaluation(applicationId).orElseThrow(() -> new NotFoundException("application", applicationId));
        List<String> partners = a.acceptedPartners().stream().map(p -> p.getOrgName() + (p.getOrgNumber() == null ? "" : " (" + p.getOrgNumber() + ")")).toList();
        return new ForDeclaration(app, partners, declarations.findByApplicationIdAndExpertId(applicationId, me.getId()).orElse(null));
    }

    /** The declaration comes once, before the content: no conflict, or a conflict with its reason. */
    public Declaration declare(UUID applicationId, Boolean conflicted, String reason) {
        Expert me = expertService.mine();
        assigned(me, applicationId);
        if (declarations.findByApplicationIdAndExpertId(applicationId, me.getId()).isPresent()) {
            throw new DomainException("evaluation.declaration.already");
        }
        Declaration d = declarations.saveAndFlush(new Declaration(applicationId, me.getId(), conflicted, reason, clock.instant()));
        if (d.isConflicted()) {
            log.info("Expert {} declared a conflict of interest for application {}", me.getId(), applicationId);
        }
        return d;
    }

    /** The application's content as the expert reads it (read-only summary). */
    public record Content(EvaluatedApplication application, String acronym, String summary, String trl, String domain,
                          String startDate, String regionalImpact, List<String> workPackages, List<String> partners,
                          Money requestedAid) {
    }

    public Content content(UUID applicationId) {
        Expert me = expertService.mine();
        EvaluatedApplication app = cleared(me, applicationId);
        Application a = applicationService.submittedForEvaluation(applicationId).orElseThrow(() -> new NotFoundException("application", applicationId));
        JsonNode d = JSON.readTree(a.getFormData() == null ? "{}" : a.getFormData());
        List<String> wps = new ArrayList<>();
        JsonNode group = d.get("workPackages");
        if (group != null && group.isArray()) {
            for (JsonNode wp : group) {
                wps.add(text(wp, "title") + " (" + text(wp, "months") + ")");
            }
        }
        List<String> partners = a.acceptedPartners().stream().map(p -> p.getOrgName() + " — " + p.getRole()
                + (p.getPartnerRole() == null ? "" : " (" + p.getPartnerRole() + ")")).toList();
        return new Content(app, text(d, "acronym"), text(d, "summary"), text(d, "trl"), text(d, "domain"), text(d, "startDate"),
                text(d, "regionalImpact"), wps, partners, budgets.stateAid(a).totalAid());
    }

    private static String text(JsonNode data, String field) {
        JsonNode n = data == null ? null : data.get(field);
        return n == null || n.isNull() ? "" : n.asString();
    }

    /** My scorecard for the application (created empty on first use) and the criteria it is scored on. */
    public record Sheet(EvaluatedApplication application, CriteriaSet criteria, ScoreSheet sheet) {
    }

    public Sheet sheet(UUID applicationId) {
        Expert me = expertService.mine();
        EvaluatedApplication app = cleared(me, applicationId);
        CallEvaluation s = evaluation.settingsOf(app.getCallId());
        ScoreSheet sheet = sheets.findByApplicationIdAndExpertId(applicationId, me.getId())
                .orElseGet(() -> sheets.saveAndFlush(new ScoreSheet(applicationId, me.getId(), s.getCriteriaSetId(), clock.instant())));
        return new Sheet(app, evaluation.criteriaOf(sheet.getCriteriaSetId()), sheet);
    }

    /** One criterion's input. */
    public record ScoreInput(String criterion, Integer score, String justification) {
    }

    /**
     * Saves the scores (all or nothing: every bad input comes back as a field error per criterion) and, when asked,
     * submits and locks the scorecard (every criterion must then be scored).
     */
    public ScoreSheet saveScores(UUID applicationId, long expectedVersion, List<ScoreInput> inputs, boolean submit) {
        Sheet s = sheet(applicationId);
        ScoreSheet sheet = s.sheet();
        if (sheet.getVersion() != expectedVersion) {
            throw new DomainException("evaluation.conflict");
        }
        Scorecard card = sheet.toScorecard(s.criteria());
        if (card.isSubmitted()) {
            throw new DomainException("evaluation.score.locked");
        }
        List<DomainException> errors = new ArrayList<>();
        for (ScoreInput in : inputs) {
            boolean blank = in.score() == null && (in.justification() == null || in.justification().isBlank());
            if (blank && !submit) {
                continue;
            }
            try {
                if (in.score() == null) {
                    throw DomainException.onField(in.criterion(), "evaluation.score.required");
                }
                card.score(in.criterion(), in.score(), in.justification());
            } catch (DomainException e) {
                errors.add(e);
            }
        }
        if (errors.isEmpty() && submit) {
            try {
                card.submit();
            } catch (DomainException e) {
                errors.add(e);
            }
        }
        if (!errors.isEmpty()) {
            throw new ScoresRefused(errors);
        }
        sheet.store(card, clock.instant());
        return sheets.saveAndFlush(sheet);
    }

    private EvaluatedApplication assigned(Expert me, UUID applicationId) {
        Optional<ReviewAssignment> a = assignments.findByApplicationIdAndExpertId(applicationId, me.getId());
        if (a.isEmpty()) {
            log.warn("Expert {} ({}) refused: not assigned to application {}", me.getId(), me.getEmail(), applicationId);
            throw new AccessDeniedException("not assigned");
        }
        return applications.findById(applicationId).orElseThrow(() -> new NotFoundException("application", applicationId));
    }

    /** Assigned and declared free of conflict: only then may the expert see the content and score. */
    private EvaluatedApplication cleared(Expert me, UUID applicationId) {
        EvaluatedApplication app = assigned(me, applicationId);
        Optional<Declaration> d = declarations.findByApplicationIdAndExpertId(applicationId, me.getId());
        if (d.isEmpty()) {
            log.warn("Expert {} ({}) refused: no conflict-of-interest declaration for application {}", me.getId(), me.getEmail(), applicationId);
            throw new AccessDeniedException("declaration required");
        }
        if (d.get().isConflicted()) {
            log.warn("Expert {} ({}) refused: declared a conflict of interest for application {}", me.getId(), me.getEmail(), applicationId);
            throw new AccessDeniedException("conflict of interest");
        }
        return app;
    }
}

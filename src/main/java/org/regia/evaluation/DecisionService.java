package org.regia.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.regia.applications.Application;
import org.regia.applications.ApplicationService;
import org.regia.applications.BudgetService;
import org.regia.applications.Partner;
import org.regia.catalogue.CatalogueService;
import org.regia.identity.CurrentUser;
import org.regia.organisations.Organisation;
import org.regia.organisations.OrganisationService;
import org.regia.shared.ClockConfiguration;
import org.regia.shared.DomainException;
import org.regia.shared.Money;
import org.regia.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decisions: the programme officer records the proposal (fund with an amount / reserve / reject; a reason when it
 * departs from the funding line); a committee member approves it, which makes it the committee's proposal to the
 * minister / Government; a committee member or an administrator then records the Government's final decision
 * (reference and date of the act; adopted, or not adopted with the reason), which publishes {@link FundingDecided}
 * once (funded and rejected applications; the reserve list waits). Award, reserve and refusal letters in French or
 * Dutch.
 */
@Service
@Transactional
public class DecisionService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DecisionRepository decisions;
    private final EvaluationService evaluation;
    private final ApplicationService applicationService;
    private final BudgetService budgets;
    private final CatalogueService catalogue;
    private final OrganisationService organisations;
    private final DecisionLetters letters;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecisionService(DecisionRepository decisions, EvaluationService evaluation, ApplicationService applicationService,
                    BudgetService budgets, CatalogueService catalogue, OrganisationService organisations,
                    DecisionLetters letters, ApplicationEventPublisher events, Clock clock) {
        this.decisions = decisions;
        this.evaluation = evaluation;
        this.applicationService = applicationService;
        this.budgets = budgets;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.letters = letters;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public Decision record(UUID applicationId, Decision.Outcome outcome, BigDecimal amount, String reason) {
        EvaluatedApplication app = evaluation.application(applicationId);
        EvaluationService.Ranking ranking = evaluation.rankingOf(app.getCallId());
        if (ranking.of(applicationId).isEmpty()) {
            throw new DomainException("evaluation.decision.notScored");
        }
        Decision d = decisions.findByApplicationId(applicationId).orElseGet(() -> new Decision(applicationId, app.getCallId()));
        d.record(outcome, amount, reason, ranking.fundedByLine(applicationId), app.getRequestedAmount(), CurrentUser.id(), clock.instant());
        return decisions.saveAndFlush(d);
    }

    /**
     * The committee approves the officer's proposal: it becomes the committee's proposal to the minister /
     * Government ({@link Decision.Status#PROPOSED_TO_MINISTER}); nothing is announced yet.
     */
    @PreAuthorize("hasRole('COMMITTEE')")
    public Decision approve(UUID applicationId) {
        Decision d = decisions.findByApplicationId(applicationId)
                .orElseThrow(() -> new DomainException("evaluation.decision.none"));
        d.approve(CurrentUser.id(), clock.instant());
        return decisions.saveAndFlush(d);
    }

    /**
     * Records the Government's final decision on the committee's proposal (reference and date of the act; adopted, or
     * not adopted — the application is then rejected with the reason). Only then is the decision final and, for
     * funded and rejected applications, {@link FundingDecided} published (once).
     */
    @PreAuthorize("hasAnyRole('COMMITTEE','ADMIN')")
    public Decision decideFinally(UUID applicationId, Boolean adopted, String reference, java.time.LocalDate date, String reason) {
        Decision d = decisions.findByApplicationId(applicationId)
                .orElseThrow(() -> new DomainException("evaluation.decision.none"));
        d.decideFinally(adopted, reference, date, reason, CurrentUser.id(), clock.instant(), LocalDate.now(clock));
        decisions.saveAndFlush(d);
        if (d.getOutcome() != Decision.Outcome.RESERVE) {
            events.publishEvent(event(d));
        }
        return d;
    }

    /** The decisions of a call. */
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN','COMMITTEE')")
    @Transactional(readOnly = true)
    public List<Decision> ofCall(UUID callId) {
        return decisions.findByCallId(callId);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Decision> of(UUID applicationId) {
        return decisions.findByApplicationId(applicationId);
    }

    private FundingDecided event(Decision d) {
        EvaluatedApplication app = evaluation.application(d.getApplicationId());
        Application a = applicationService.submittedForEvaluation(d.getApplicationId())
                .orElseThrow(() -> new NotFoundException("application", d.getApplicationId()));
        UUID programmeId = catalogue.eligibilityForCall(d.getCallId()).programmeId();
        JsonNode data = JSON.readTree(a.getFormData() == null ? "{}" : a.getFormData());
        LocalDate start = null;
        LocalDate end = null;
        JsonNode s = data.get("startDate");
        if (s != null && !s.isNull() && !s.asString().isBlank()) {
            start = LocalDate.parse(s.asString());
            int months = 0;
            JsonNode wps = data.get("workPackages");
            if (wps != null && wps.isArray()) {
                for (JsonNode wp : wps) {
                    JsonNode m = wp.get("months");
                    months = Math.max(months, m == null || m.isNull() ? 0 : m.asInt());
                }
            }
            end = months > 0 ? start.plusMonths(months).minusDays(1) : null;
        }
        boolean funded = d.getOutcome() == Decision.Outcome.FUND;
        List<FundingDecided.PartnerAward> awards = funded ? awards(a, d.getAmount()) : List.of();
        return new FundingDecided(d.getId(), d.getApplicationId(), d.getCallId(), programmeId, app.getReceiptNumber(),
                app.getTitle(), funded, d.getFinalAt(), start, end, awards);
    }

    /**
     * The decided amount split over the partners in proportion to the aid each requested (the coordinator takes the
     * rounding remainder; all of it when nobody requested aid).
     */
    List<FundingDecided.PartnerAward> awards(Application a, BigDecimal amount) {
        BudgetService.StateAid aid = budgets.stateAid(a);
        BigDecimal totalAid = aid.totalAid().amount();
        List<FundingDecided.PartnerAward> out = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        Partner coordinator = a.coordinator();
        for (BudgetService.PartnerAid pa : aid.partners()) {
            if (pa.partner().getId().equals(coordinator.getId())) {
                continue;
            }
            BigDecimal share = totalAid.signum() == 0 ? BigDecimal.ZERO
                    : amount.multiply(pa.calculation().grantableAid().amount()).divide(totalAid, 2, RoundingMode.DOWN);
            out.add(new FundingDecided.PartnerAward(pa.partner().getOrganisationId(), false, share));
            given = given.add(share);
        }
        out.add(0, new FundingDecided.PartnerAward(coordinator.getOrganisationId(), true, amount.subtract(given).setScale(2, RoundingMode.HALF_UP)));
        return out;
    }

    /**
     * The final decision on an application, for the people of its consortium (empty while none is final): they see
     * the outcome and may download the letter. Someone outside the consortium gets "not found".
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Decision> finalFor(UUID applicationId) {
        applicationService.get(applicationId); // access: consortium members and staff only
        return decisions.findByApplicationId(applicationId).filter(Decision::isFinal);
    }

    /** The letter of a final decision, for the consortium. */
    @Transactional(readOnly = true)
    public byte[] letterForConsortium(UUID applicationId, Locale locale) {
        if (finalFor(applicationId).isEmpty()) {
            throw new DomainException("evaluation.decision.none");
        }
        return letters.render(letterOf(applicationId, locale), locale);
    }

    /** The decision letter (award / reserve / refusal) as PDF in French or Dutch. */
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN','COMMITTEE')")
    public byte[] letter(UUID applicationId, Locale locale) {
        return letters.render(letterOf(applicationId, locale), locale);
    }

    DecisionLetters.Letter letterOf(UUID applicationId, Locale locale) {
        Decision d = decisions.findByApplicationId(applicationId).orElseThrow(() -> new DomainException("evaluation.decision.none"));
        EvaluatedApplication app = evaluation.application(applicationId);
        EvaluationService.Ranking ranking = evaluation.rankingOf(app.getCallId());
        EvaluationService.Ranked ranked = ranking.of(applicationId).orElseThrow(() -> new DomainException("evaluation.decision.notScored"));
        Application a = applicationService.submittedForEvaluation(applicationId).orElseThrow(() -> new NotFoundException("application", applicationId));
        String address = "";
        UUID orgId = a.coordinator().getOrganisationId();
        if (orgId != null) {
            try {
                Organisation o = organisations.get(orgId);
                address = o.getAddress() == null ? "" : o.getAddress().toString();
            } catch (DomainException e) {
                address = "";
            }
        }
        DecimalFormat f = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale));
        List<DecisionLetters.ScoreLine> lines = new ArrayList<>();
        for (Criterion c : ranking.criteria().criteria()) {
            Consolidation.CriterionResult r = ranked.consolidation().perCriterion().get(c.code());
            lines.add(new DecisionLetters.ScoreLine(c.name().in(locale), f.format(r.mean()), c.scaleMax()));
        }
        DecisionLetters.Outcome outcome = switch (d.getOutcome()) {
            case FUND -> DecisionLetters.Outcome.AWARD;
            case RESERVE -> DecisionLetters.Outcome.RESERVE;
            case REJECT -> DecisionLetters.Outcome.REFUSAL;
        };
        String callName = catalogue.call(app.getCallId()).getTitle().in(locale);
        LocalDate date = d.getGovernmentDate() != null ? d.getGovernmentDate()
                : LocalDate.ofInstant(d.getApprovedAt() != null ? d.getApprovedAt() : d.getRecordedAt(), ClockConfiguration.BRUSSELS);
        return new DecisionLetters.Letter(outcome, app.getCoordinatorName(), address, app.reference(), app.getTitle(), callName,
                date, d.getAmount() == null ? null : Money.eur(d.getAmount()), ranked.total(), lines,
                d.getReason() == null ? "" : d.getReason(), "Innoviris");
    }
}

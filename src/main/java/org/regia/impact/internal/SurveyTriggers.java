package org.regia.impact.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.regia.applications.ApplicationService;
import org.regia.catalogue.CatalogueService;
import org.regia.catalogue.InnovationDomain;
import org.regia.evaluation.FundingDecided;
import org.regia.grants.GrantAwarded;
import org.regia.impact.Survey;
import org.regia.impact.SurveyKind;
import org.regia.impact.SurveyService;
import org.regia.organisations.OrganisationService;
import org.regia.shared.ClockConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What starts the surveys: an awarded grant (beneficiary surveys at its end + each wave), a rejection (comparison
 * surveys of the rejected coordinator at the planned end + each wave), and the daily run that opens, reminds and
 * closes.
 */
@Component
class SurveyTriggers {

    private static final Logger log = LoggerFactory.getLogger(SurveyTriggers.class);
    /** A rejected application without planned dates is followed as if it had run two years. */
    static final int DEFAULT_DURATION_YEARS = 2;

    private final SurveyService surveys;
    private final OrganisationService organisations;
    private final CatalogueService catalogue;
    private final ApplicationService applications;
    private final org.regia.evaluation.EvaluationService evaluation;
    private final org.regia.impact.AdditionalityService additionality;

    SurveyTriggers(SurveyService surveys, OrganisationService organisations, CatalogueService catalogue,
                   ApplicationService applications, org.regia.evaluation.EvaluationService evaluation,
                   org.regia.impact.AdditionalityService additionality) {
        this.evaluation = evaluation;
        this.additionality = additionality;
        this.surveys = surveys;
        this.organisations = organisations;
        this.catalogue = catalogue;
        this.applications = applications;
    }

    @ApplicationModuleListener
    void on(GrantAwarded e) {
        surveys.schedule(new Survey.Subject(SurveyKind.BENEFICIARY, e.grantId(), e.applicationId(), e.callId(),
                e.programmeId(), e.organisationId(), type(e.organisationId()), domains(e.programmeId()), e.reference(),
                e.title(), e.awarded(), e.start(), e.end(), surveys.baselineOf(e.organisationId(), e.start())));
    }

    @ApplicationModuleListener
    void on(FundingDecided e) {
        // the score and the funding line: the running variable of the regression discontinuity
        try {
            evaluation.rankedScore(e.applicationId()).ifPresent(r -> additionality.recordRanking(
                    new org.regia.impact.AdditionalityService.Ranked(r.applicationId(), r.callId(), r.score(), r.cutoff())));
        } catch (RuntimeException ex) {
            // the surveys matter more than the score: schedule them anyway, the ranking can be imported later
            log.warn("Impact: no ranking recorded for application {}: {}", e.applicationId(), ex.getMessage());
        }
        if (e.funded()) {
            return; // the grant, once awarded, schedules the beneficiary surveys
        }
        Optional<UUID> coordinator = applications.coordinatorOf(e.applicationId());
        if (coordinator.isEmpty()) {
            log.warn("Impact: rejected application {} has no coordinating organisation; no comparison survey", e.applicationId());
            return;
        }
        LocalDate decided = LocalDate.ofInstant(e.decidedAt(), ClockConfiguration.BRUSSELS);
        LocalDate start = e.plannedStart() != null ? e.plannedStart() : decided;
        LocalDate end = e.plannedEnd() != null ? e.plannedEnd() : start.plusYears(DEFAULT_DURATION_YEARS);
        UUID org = coordinator.get();
        surveys.schedule(new Survey.Subject(SurveyKind.COMPARISON, null, e.applicationId(), e.callId(), e.programmeId(),
                org, type(org), domains(e.programmeId()), e.receiptNumber(), e.title(), java.math.BigDecimal.ZERO,
                start, end, surveys.baselineOf(org, start)));
    }

    @Scheduled(cron = "${regia.impact.cron:0 20 6 * * *}", zone = "Europe/Brussels")
    void daily() {
        surveys.run();
    }

    private String type(UUID organisationId) {
        return organisations.publishedFacts(organisationId).map(f -> f.type().name()).orElse(null);
    }

    private List<String> domains(UUID programmeId) {
        return catalogue.findProgramme(programmeId)
                .map(p -> p.getDomains().stream().sorted().map(InnovationDomain::name).toList()).orElse(List.of());
    }
}

package org.regia.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regia.grants.GrantAwarded;
import org.regia.identity.Role;
import org.regia.organisations.OrganisationDetails;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.organisations.YearFigures;
import org.regia.shared.DomainException;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 8, survey engine on PostgreSQL: a GrantAwarded event schedules the +1 and +3 year surveys once (with the
 * accounts before the project as baseline), the daily run opens, reminds and closes on the right days (fixed
 * clocks), answers are checked all at once, versioned (a correction never overwrites), refused for other
 * organisations and after closing.
 */
class ImpactSurveyFlowTest extends IntegrationTest {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Autowired
    SurveyService surveys;
    @Autowired
    SurveyRepository repository;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    UUID firm;

    @BeforeEach
    void setUp() {
        createUser("founder@example.org", Role.APPLICANT);
        actAs("founder@example.org");
        firm = organisations.create(new OrganisationDetails("Kanal Robotics SRL", null, OrganisationType.COMPANY,
                org.regia.shared.EnterpriseNumber.fromPrefix("07334455").digits(), "Quai des Péniches 10", "1000", null, "BE", null, null)).getId();
        tx.executeWithoutResult(s -> organisations.recordFigures(firm,
                new YearFigures(2022, new BigDecimal("10"), new BigDecimal("1000000"), new BigDecimal("800000"))));
    }

    GrantAwarded award(UUID grantId) {
        return new GrantAwarded(grantId, "RG-2023-0042", firm, null, null, null, "Robot de tri des déchets",
                new BigDecimal("500000.00"), LocalDate.of(2023, 1, 1), LocalDate.of(2025, 6, 30),
                Instant.parse("2022-12-01T10:00:00Z"));
    }

    static Clock on(String day) {
        return Clock.fixed(LocalDate.parse(day).atTime(7, 0).atZone(BRUSSELS).toInstant(), BRUSSELS);
    }

    List<Survey> surveysOfFirm() {
        return repository.findByOrganisationIdInOrderByOpensOnDesc(List.of(firm)).stream()
                .sorted(java.util.Comparator.comparing(Survey::getOpensOn)).toList();
    }

    long mailsTo(String email) {
        return jdbc().queryForObject("select count(*) from outbound_mail where recipient = ?", Long.class, email);
    }

    @Test
    void aGrantSchedulesTheOneAndThreeYearSurveysOnceAndTheDailyRunOpensRemindsAndCloses() {
        UUID grant = UUID.randomUUID();
        tx.executeWithoutResult(s -> events.publishEvent(award(grant)));
        tx.executeWithoutResult(s -> events.publishEvent(award(grant))); // delivered twice: still two surveys
        await().atMost(Duration.ofSeconds(20)).until(() -> repository.count() == 2);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> repository.count() == 2);

        List<Survey> list = surveysOfFirm();
        assertThat(list).extracting(Survey::getWave).containsExactly(1, 3);
        assertThat(list).extracting(Survey::getOpensOn).containsExactly(LocalDate.of(2026, 6, 30), LocalDate.of(2028, 6, 30));
        Survey first = list.get(0);
        assertThat(first.getClosesOn()).isEqualTo(LocalDate.of(2026, 8, 29));
        assertThat(first.baseline().year()).isEqualTo(2022);
        assertThat(first.baseline().staff()).isEqualByComparingTo("10");
        assertThat(first.getKind()).isEqualTo(SurveyKind.BENEFICIARY);
        assertThat(first.getDefinition().questions()).contains(Question.WITHOUT_SUPPORT, Question.PATENTS);

        long before = mailsTo("founder@example.org");
        assertThat(surveys.run(on("2026-06-29"))).isEqualTo(new SurveyService.RunReport(0, 0, 0));
        assertThat(surveys.run(on("2026-06-30"))).isEqualTo(new SurveyService.RunReport(1, 0, 0));
        assertThat(mailsTo("founder@example.org")).isEqualTo(before + 1);
        assertThat(surveys.run(on("2026-07-13"))).isEqualTo(new SurveyService.RunReport(0, 0, 0));
        assertThat(surveys.run(on("2026-07-14"))).isEqualTo(new SurveyService.RunReport(0, 1, 0));
        assertThat(surveys.run(on("2026-07-14"))).isEqualTo(new SurveyService.RunReport(0, 0, 0));
        assertThat(surveys.run(on("2026-08-04"))).isEqualTo(new SurveyService.RunReport(0, 1, 0));
        assertThat(surveys.run(on("2026-08-20"))).isEqualTo(new SurveyService.RunReport(0, 0, 0)); // two reminders at most
        assertThat(mailsTo("founder@example.org")).isEqualTo(before + 3);
        assertThat(surveys.run(on("2026-08-29"))).isEqualTo(new SurveyService.RunReport(0, 0, 0));
        assertThat(surveys.run(on("2026-08-30"))).isEqualTo(new SurveyService.RunReport(0, 0, 1));
        assertThat(repository.findById(first.getId()).orElseThrow().getState()).isEqualTo(SurveyState.CLOSED);
        assertThat(repository.findById(list.get(1).getId()).orElseThrow().getState()).isEqualTo(SurveyState.SCHEDULED);
    }

    Survey openSurvey() {
        Survey s = surveys.schedule(new Survey.Subject(SurveyKind.BENEFICIARY, UUID.randomUUID(), null, null, null, firm,
                "COMPANY", List.of(), "RG-1", "Projet", new BigDecimal("500000"), LocalDate.now().minusYears(2),
                LocalDate.now().minusYears(1), surveys.baselineOf(firm, LocalDate.of(2023, 1, 1)))).get(0);
        surveys.run();
        return repository.findById(s.getId()).orElseThrow();
    }

    static Map<String, String> valid() {
        Map<String, String> m = new HashMap<>();
        m.put("staffFte", "14,5");
        m.put("fteCreated", "3");
        m.put("fteKept", "2");
        m.put("turnover", "1250000");
        m.put("exportTurnover", "300000");
        m.put("privateFunding", "400000");
        m.put("publicFunding", "0");
        m.put("spinOffs", "0");
        m.put("patents", "1");
        m.put("publications", "2");
        m.put("dois", "https://doi.org/10.1016/J.RESPOL.2020.104013\n");
        m.put("productsLaunched", "1");
        m.put("stillInRegion", "true");
        m.put("withoutSupport", "LATER");
        return m;
    }

    @Test
    void answersAreCheckedAllAtOnceVersionedAndNeverOverwritten() {
        Survey s = openSurvey();
        assertThat(s.getState()).isEqualTo(SurveyState.OPEN);

        Map<String, String> bad = valid();
        bad.put("staffFte", "-3");
        bad.put("fteCreated", "1.344");
        bad.put("turnover", "1250");              // in thousands by mistake: accounts say EUR 1,000,000
        bad.put("dois", "10.1016/j.respol.2020.104013\nnot-a-doi");
        bad.remove("withoutSupport");
        assertThatThrownBy(() -> surveys.answer(s.getId(), 0, bad, false))
                .isInstanceOfSatisfying(AnswersRejected.class, e -> assertThat(e.problems())
                        .extracting(AnswersRejected.Problem::field, AnswersRejected.Problem::key)
                        .contains(org.assertj.core.groups.Tuple.tuple("staffFte", "impact.answer.negative"),
                                org.assertj.core.groups.Tuple.tuple("fteCreated", "impact.answer.number"),
                                org.assertj.core.groups.Tuple.tuple("turnover", "impact.answer.turnoverUnit"),
                                org.assertj.core.groups.Tuple.tuple("dois", "impact.answer.doi"),
                                org.assertj.core.groups.Tuple.tuple("withoutSupport", "impact.answer.required")));
        assertThat(surveys.history(s.getId())).isEmpty();

        // the same small turnover, confirmed by the respondent, is accepted
        Map<String, String> confirmed = valid();
        confirmed.put("turnover", "9000");
        confirmed.put("exportTurnover", "0");
        SurveyAnswer v1 = surveys.answer(s.getId(), 0, confirmed, true);
        assertThat(v1.getVersion()).isEqualTo(1);
        assertThat(v1.doiList()).containsExactly("10.1016/j.respol.2020.104013");

        // a second person answering from the same blank form is told, nothing saved
        assertThatThrownBy(() -> surveys.answer(s.getId(), 0, valid(), false))
                .isInstanceOf(DomainException.class).hasMessageContaining("impact.survey.answeredMeanwhile");

        SurveyAnswer v2 = surveys.answer(s.getId(), 1, valid(), false);
        assertThat(v2.getVersion()).isEqualTo(2);
        List<SurveyAnswer> history = surveys.history(s.getId());
        assertThat(history).extracting(SurveyAnswer::getVersion).containsExactly(2, 1);
        assertThat(history.get(1).getTurnover()).isEqualByComparingTo("9000");
        assertThat(history.get(0).getTurnover()).isEqualByComparingTo("1250000");
        assertThat(history.get(0).getStaffFte()).isEqualByComparingTo("14.5");

        // someone of another organisation cannot answer
        createUser("other@example.org", Role.APPLICANT);
        actAs("other@example.org");
        assertThatThrownBy(() -> surveys.answer(s.getId(), 2, valid(), false)).isInstanceOf(AccessDeniedException.class);
        assertThat(surveys.mySurveys()).isEmpty();

        // after closing, answers are refused and the versions stay
        actAs("founder@example.org");
        surveys.run(Clock.offset(Clock.system(BRUSSELS), Duration.ofDays(61)));
        assertThatThrownBy(() -> surveys.answer(s.getId(), 2, valid(), false))
                .isInstanceOf(DomainException.class).hasMessageContaining("impact.survey.closed");
        assertThat(surveys.history(s.getId())).hasSize(2);
    }

    @Autowired
    org.regia.catalogue.CatalogueService catalogue;
    @Autowired
    org.regia.applications.ApplicationService applications;

    @Test
    void aRejectionSchedulesTheComparisonSurveysOfTheCoordinator() {
        createUser("officer@example.org", Role.PROGRAMME_OFFICER);
        actAs("officer@example.org");
        catalogue.loadProgrammes2023IfEmpty();
        var programme = catalogue.programmeByCode("rd-projects");
        var call = catalogue.createCall(programme.getId(), new org.regia.catalogue.CallDetails(
                org.regia.shared.LocalizedText.of("Appel R&D 2026", "Oproep O&O 2026"), null,
                org.regia.catalogue.CallMode.DEADLINE, catalogue.now().minusSeconds(3600),
                catalogue.now().plusSeconds(86_400), 1, new BigDecimal("20000"), null, "Critères", List.of()));
        catalogue.moveCall(call.getId(), org.regia.catalogue.CallState.PUBLISHED);
        catalogue.moveCall(call.getId(), org.regia.catalogue.CallState.OPEN);
        actAs("founder@example.org");
        UUID application = applications.create(call.getId(), firm, "Robot de tri").getId();

        org.regia.evaluation.FundingDecided rejected = new org.regia.evaluation.FundingDecided(UUID.randomUUID(),
                application, call.getId(), programme.getId(), "APP-2026-0001", "Robot de tri", false,
                Instant.parse("2026-03-01T10:00:00Z"), LocalDate.of(2026, 6, 1), LocalDate.of(2028, 5, 31), List.of());
        tx.executeWithoutResult(s -> events.publishEvent(rejected));
        await().atMost(Duration.ofSeconds(20)).until(() -> repository.count() == 2);
        List<Survey> list = surveysOfFirm();
        assertThat(list).extracting(Survey::getKind).containsOnly(SurveyKind.COMPARISON);
        assertThat(list).extracting(Survey::getOpensOn).containsExactly(LocalDate.of(2029, 5, 31), LocalDate.of(2031, 5, 31));
        assertThat(list.get(0).getApplicationId()).isEqualTo(application);
        assertThat(list.get(0).getDefinition().questions()).contains(Question.STAFF_FTE, Question.WITHOUT_SUPPORT)
                .doesNotContain(Question.PATENTS);
        assertThat(list.get(0).baseline().year()).isEqualTo(2022);
    }

    @Test
    void beneficiariesSeeOnlyOpenedSurveysOfTheirOrganisations() {
        Survey s = openSurvey();
        assertThat(surveys.mySurveys()).extracting(Survey::getId).containsExactly(s.getId());
        surveys.schedule(new Survey.Subject(SurveyKind.BENEFICIARY, UUID.randomUUID(), null, null, null, firm,
                "COMPANY", List.of(), "RG-2", "Futur", BigDecimal.TEN, LocalDate.now(), LocalDate.now().plusYears(1),
                Answers.Baseline.NONE));
        assertThat(surveys.mySurveys()).hasSize(1); // the scheduled ones are not shown yet
        assertThatThrownBy(() -> surveys.all(null)).isInstanceOf(AccessDeniedException.class);
    }
}

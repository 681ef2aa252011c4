package org.regia.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regia.catalogue.Call;
import org.regia.identity.Role;
import org.regia.shared.DomainException;
import org.regia.shared.NotFoundException;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 5 end to end on PostgreSQL: submitted applications are registered for evaluation; experts are assigned by
 * the solver, never to an application of their own organisation; an expert declares, scores with justifications and
 * submits (then locked); the ranking and funding line follow; the committee's approval of a decision proposes it to
 * the minister; the Government's decision (recorded with its reference and date) makes it final and publishes
 * FundingDecided, which the grants module turns into a grant.
 */
class EvaluationFlowTest extends IntegrationTest {

    @Autowired
    EvaluationFixture fixture;
    @Autowired
    EvaluationService evaluation;
    @Autowired
    ReviewService reviews;
    @Autowired
    DecisionService decisions;

    static final String E1 = "anna@experts.example";
    static final String E2 = "bram@experts.example";
    static final String E3 = "chloe@experts.example";

    List<ReviewService.ScoreInput> scores(int quality, int others) {
        List<ReviewService.ScoreInput> in = new ArrayList<>();
        for (Criterion c : EvaluationService.standardCriteria().criteria()) {
            int s = c.code().equals("quality") ? quality : others;
            in.add(new ReviewService.ScoreInput(c.code(), s, "Justification for " + c.code() + ": " + s + "/5."));
        }
        return in;
    }

    void review(String expert, UUID application, int quality, int others) {
        fixture.actAs(expert);
        reviews.declare(application, false, null);
        ScoreSheet sheet = reviews.sheet(application).sheet();
        ScoreSheet saved = reviews.saveScores(application, sheet.getVersion(), scores(quality, others), true);
        assertThat(saved.toScorecard(EvaluationService.standardCriteria()).isSubmitted()).isTrue();
    }

    @Test
    void fromSubmissionToAFinalDecisionAndAGrant() {
        Call call = fixture.openCall("30000");
        var a = fixture.submit(call, "alpha@firm.example", "Alpha Robotics SRL", "07100001", "Robot de tri des déchets",
                "Tri robotisé des déchets urbains par vision artificielle.", "URBAN_FLOWS", "20000");
        var b = fixture.submit(call, "beta@firm.example", "Beta Logistics SRL", "07200002", "Logistique urbaine à vélo-cargo",
                "Optimisation des tournées de vélos-cargos dans la ville.", "URBAN_FLOWS", "20000");
        fixture.expert(E1, "Anna Peeters", Gender.FEMALE, Set.of("fr", "nl"), "robot, logistique, déchets", null, 5);
        fixture.expert(E2, "Bram Claes", Gender.MALE, Set.of("fr", "nl"), "vélo, logistique, ville", null, 5);
        // works for Alpha: must never be assigned to Alpha's application
        fixture.expert(E3, "Chloé Dubois", Gender.FEMALE, Set.of("fr"), "robot, vision", org.regia.shared.EnterpriseNumber.fromPrefix("07100001").formatted(), 5);

        fixture.actAs(EvaluationFixture.OFFICER);
        assertThat(evaluation.applicationsOf(call.getId())).hasSize(2);
        CallEvaluation s = evaluation.settings(call.getId());
        evaluation.configure(call.getId(), s.getVersion(), 2, s.getCriteriaSetId(), s.getDisagreementSpread(), s.getCoApplicationYears());
        AssignmentResult result = evaluation.runAssignment(call.getId());
        assertThat(result.assignments()).hasSize(4);
        UUID chloe = fixture.experts.all().stream().filter(e -> e.getName().startsWith("Chloé")).findFirst().orElseThrow().getId();
        assertThat(result.assignments()).noneMatch(x -> x.expert().equals(chloe) && x.application().equals(a.applicationId()));

        // Bram is on Alpha's panel? Either way, an expert not assigned to an application cannot open it
        EvaluationService.AssignmentView view = evaluation.assignment(call.getId());
        assertThat(view.shortPanels()).isZero();
        for (EvaluationService.Panel p : view.panels()) {
            for (EvaluationService.Reviewer r : p.reviewers()) {
                String email = r.expert().getEmail();
                boolean alpha = p.application().getApplicationId().equals(a.applicationId());
                review(email, p.application().getApplicationId(), alpha ? 5 : 3, alpha ? 4 : 3);
            }
        }
        fixture.actAs(E3);
        assertThatThrownBy(() -> reviews.content(a.applicationId()))
                .isInstanceOfAny(AccessDeniedException.class, NotFoundException.class, DomainException.class);

        fixture.actAs(EvaluationFixture.OFFICER);
        EvaluationService.Ranking ranking = evaluation.rankingOf(call.getId());
        assertThat(ranking.ranked()).hasSize(2);
        assertThat(ranking.ranked().get(0).application().getApplicationId()).isEqualTo(a.applicationId());
        assertThat(ranking.ranked().get(0).total()).isGreaterThan(ranking.ranked().get(1).total());

        decisions.record(a.applicationId(), Decision.Outcome.FUND, ranking.ranked().get(0).application().getRequestedAmount(), null);
        decisions.record(b.applicationId(), Decision.Outcome.REJECT, null, "Below the funding line.");
        fixture.user("committee@example.org", Role.COMMITTEE);
        fixture.actAs("committee@example.org");
        decisions.approve(a.applicationId());
        decisions.approve(b.applicationId());
        // the committee's approval is a proposal to the minister / Government: nothing is final nor announced yet
        assertThat(decisions.of(a.applicationId())).map(Decision::getStatus).contains(Decision.Status.PROPOSED_TO_MINISTER);
        fixture.actAs("alpha@firm.example");
        assertThat(decisions.finalFor(a.applicationId())).isEmpty();
        fixture.actAs("committee@example.org");
        java.time.LocalDate today = java.time.LocalDate.now(org.regia.shared.ClockConfiguration.BRUSSELS);
        assertThatThrownBy(() -> decisions.decideFinally(a.applicationId(), true, " ", today, null))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).field()).isEqualTo("reference");
        assertThatThrownBy(() -> decisions.decideFinally(a.applicationId(), true, "AGRBC/2026/117", today.plusDays(1), null))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).field()).isEqualTo("date");
        assertThat(decisions.of(a.applicationId())).map(Decision::getStatus).contains(Decision.Status.PROPOSED_TO_MINISTER);
        fixture.actAs(EvaluationFixture.OFFICER);
        assertThatThrownBy(() -> decisions.decideFinally(a.applicationId(), true, "AGRBC/2026/117", today, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc().queryForObject("select count(*) from grants_grant where application_id = ?", Long.class, a.applicationId())).isZero();
        // the Government's final decision (a committee member records it): only now is FundingDecided published
        fixture.actAs("committee@example.org");
        decisions.decideFinally(a.applicationId(), true, "AGRBC/2026/117", today, null);
        decisions.decideFinally(b.applicationId(), true, "AGRBC/2026/118", today, null);
        assertThat(decisions.of(a.applicationId())).map(Decision::getStatus).contains(Decision.Status.FINAL);
        assertThatThrownBy(() -> decisions.decideFinally(a.applicationId(), false, "AGRBC/2026/119", today, "No."))
                .isInstanceOf(DomainException.class);

        // grants turns the funding decision into a grant; impact schedules the rejected applicant's comparison survey
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc().queryForObject(
                "select count(*) from grants_grant where application_id = ?", Long.class, a.applicationId()) == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc().queryForObject(
                "select count(*) from impact_survey where application_id = ? and kind = 'COMPARISON'", Long.class, b.applicationId()) == 2);
        assertThat(jdbc().queryForObject("select count(*) from grants_grant where application_id = ?", Long.class,
                b.applicationId())).isZero();
        // impact keeps both scores and the funding line for the regression discontinuity
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc().queryForObject(
                "select count(*) from impact_ranking where call_id = ?", Long.class, call.getId()) == 2);
        // the budget (EUR 30,000) covers both requests (EUR 9,000 each): the line is the lower total, b's
        java.math.BigDecimal scoreA = jdbc().queryForObject("select score from impact_ranking where application_id = ?", java.math.BigDecimal.class, a.applicationId());
        java.math.BigDecimal scoreB = jdbc().queryForObject("select score from impact_ranking where application_id = ?", java.math.BigDecimal.class, b.applicationId());
        assertThat(scoreA).isGreaterThan(scoreB);
        assertThat(jdbc().queryForObject("select cutoff from impact_ranking where application_id = ?", java.math.BigDecimal.class, a.applicationId()))
                .isEqualByComparingTo(scoreB);

        fixture.actAs(EvaluationFixture.OFFICER);
        byte[] fr = decisions.letter(a.applicationId(), Locale.FRENCH);
        byte[] nl = decisions.letter(b.applicationId(), Locale.forLanguageTag("nl"));
        assertThat(new String(fr, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(nl, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // the applicant sees the final outcome and its letter; another applicant cannot
        fixture.actAs("alpha@firm.example");
        assertThat(decisions.finalFor(a.applicationId())).map(Decision::getOutcome).contains(Decision.Outcome.FUND);
        assertThat(new String(decisions.letterForConsortium(a.applicationId(), Locale.FRENCH), 0, 5,
                java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        fixture.actAs("beta@firm.example");
        assertThat(decisions.finalFor(b.applicationId())).map(Decision::getOutcome).contains(Decision.Outcome.REJECT);
        assertThatThrownBy(() -> decisions.finalFor(a.applicationId())).isInstanceOf(NotFoundException.class);
    }
}

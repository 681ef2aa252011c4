package org.regia.evaluation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regia.catalogue.Call;
import org.regia.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 5: two experts disagree on an application's scientific quality (1 and 5); the lead adviser opens it from the
 * ranking, sees the mean, spread and disagreement flag, is refused a consensus without justification (message next to
 * the field), records it with one, and the ranking's total follows; the manual swap form is on the call page.
 */
class ConsensusBrowserTest extends BrowserTest {

    @Autowired
    EvaluationFixture fixture;
    @Autowired
    EvaluationService evaluation;
    @Autowired
    ReviewService reviews;

    void review(String expert, java.util.UUID application, int quality) {
        fixture.actAs(expert);
        reviews.declare(application, false, null);
        List<ReviewService.ScoreInput> in = new ArrayList<>();
        for (Criterion c : EvaluationService.standardCriteria().criteria()) {
            int s = c.code().equals("quality") ? quality : 3;
            in.add(new ReviewService.ScoreInput(c.code(), s, "Expert view: " + s + "."));
        }
        reviews.saveScores(application, reviews.sheet(application).sheet().getVersion(), in, true);
    }

    @Test
    void theLeadAdviserRecordsAConsensusOnScreen() {
        Call call = fixture.openCall("30000");
        var a = fixture.submit(call, "alpha@firm.example", "Alpha Robotics SRL", "07100001", "Robot de tri des déchets",
                "Tri robotisé des déchets urbains par vision artificielle.", "URBAN_FLOWS", "20000");
        fixture.expert("anna@experts.example", "Anna Peeters", Gender.FEMALE, Set.of("fr", "nl"), "robot, déchets", null, 5);
        fixture.expert("bram@experts.example", "Bram Claes", Gender.MALE, Set.of("fr", "nl"), "logistique", null, 5);
        fixture.actAs(EvaluationFixture.OFFICER);
        CallEvaluation s = evaluation.settings(call.getId());
        evaluation.configure(call.getId(), s.getVersion(), 2, s.getCriteriaSetId(), s.getDisagreementSpread(), s.getCoApplicationYears());
        evaluation.runAssignment(call.getId());
        review("anna@experts.example", a.applicationId(), 1);
        review("bram@experts.example", a.applicationId(), 5);
        // quality mean 3 (weight 2), everything else 3: total 60.00

        login(EvaluationFixture.OFFICER, PASSWORD);
        page.navigate(url("/evaluation/calls/" + call.getId()));
        assertThat(page.locator("#ranking-table")).containsText("60.00");
        assertThat(page.locator("#ranking-table")).containsText("experts disagree");
        assertThat(page.locator("#panels")).containsText("Replace");
        assertThat(page.locator("#loads")).containsText("Anna Peeters");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Robot de tri des déchets")).click();

        Locator quality = page.locator("#c-quality");
        assertThat(quality).containsText("3.00");
        assertThat(quality).containsText("2.83");
        assertThat(quality).containsText("experts disagree");
        assertThat(quality).containsText("Expert view: 5.");
        page.getByLabel("Consensus score — Scientific quality").fill("4");
        quality.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the consensus")).click();
        assertThat(page.locator("#why-quality-error")).hasText("Justify the consensus score.");
        assertThat(page.getByLabel("Consensus score — Scientific quality")).hasValue("4");

        page.getByLabel("Consensus justification — Scientific quality").fill("Panel meeting: sound method, limited novelty.");
        page.locator("#c-quality").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the consensus")).click();
        assertThat(page.locator("#consensus-saved")).isVisible();
        assertThat(page.locator("#c-quality .consensus-recorded")).containsText("Panel meeting: sound method");
        assertThat(page.locator("#consensus-total")).containsText("64.00");
        assertThat(page.locator("#consensus-pending")).hasCount(0);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Appel R&D 2026")).click();
        assertThat(page.locator("#ranking-table")).containsText("64.00");
        assertThat(page.locator("#ranking-table")).not().containsText("experts disagree");
    }
}

package org.regia.evaluation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regia.catalogue.Call;
import org.regia.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 5: an officer computes the assignment on screen; the expert sees only the reference, title and consortium,
 * declares no conflict, then scores every criterion — a score without justification is refused next to its
 * criterion — submits, and the sheet is locked; the officer's ranking shows the application with its total.
 */
class ExpertScoringBrowserTest extends BrowserTest {

    @Autowired
    EvaluationFixture fixture;

    @Test
    void anExpertDeclaresScoresAndSubmits() {
        Call call = fixture.openCall("30000");
        var a = fixture.submit(call, "alpha@firm.example", "Alpha Robotics SRL", "07100001", "Robot de tri des déchets",
                "Tri robotisé des déchets urbains par vision artificielle.", "URBAN_FLOWS", "20000");
        fixture.expert("anna@experts.example", "Anna Peeters", Gender.FEMALE, Set.of("fr", "nl"), "robot, déchets", null, 5);

        login(EvaluationFixture.OFFICER, PASSWORD);
        page.navigate(url("/evaluation"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Appel R&D 2026")).click();
        page.getByLabel("Reviews per application").fill("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the settings")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compute the optimal assignment")).click();
        assertThat(page.locator("#assigned")).containsText("1 reviews assigned");
        assertThat(page.locator("#panels")).containsText("Anna Peeters");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();

        login("anna@experts.example", PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My reviews")).first().click();
        assertThat(page.locator("#reviews")).containsText("Declaration of interests to make");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Robot de tri des déchets")).click();
        assertThat(page.locator("#consortium")).containsText("Alpha Robotics SRL");
        assertThat(page.locator("#content")).hasCount(0); // no content before the declaration
        page.getByLabel("No conflict of interest").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Declare")).click();
        assertThat(page.locator("#content")).containsText("vision artificielle");

        String[] names = {"Scientific quality", "Innovativeness", "Feasibility", "Promoters’ expertise", "Valorisation prospects",
            "Strategic and economic impact", "Impact on the Region (economic, social, environmental, ecosystem)", "Ethics"};
        for (String n : names) {
            page.getByLabel("Score — " + n).fill("4");
            page.getByLabel("Justification — " + n).fill("Solid on " + n.toLowerCase() + ".");
        }
        page.getByLabel("Justification — Feasibility").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit and lock my scores")).click();
        assertThat(page.locator("#score-errors")).containsText("Explain this score.");
        assertThat(page.getByLabel("Score — Feasibility")).hasValue("4");

        page.getByLabel("Justification — Feasibility").fill("Realistic plan, experienced team.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit and lock my scores")).click();
        assertThat(page.locator("#scores-submitted")).isVisible();
        assertThat(page.locator("#locked")).isVisible();
        assertThat(page.getByLabel("Score — Feasibility")).isDisabled();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();

        login(EvaluationFixture.OFFICER, PASSWORD);
        page.navigate(url("/evaluation/calls/" + call.getId()));
        assertThat(page.locator("#ranking-table")).containsText("Robot de tri des déchets");
        assertThat(page.locator("#ranking-table")).containsText("80");
    }
}

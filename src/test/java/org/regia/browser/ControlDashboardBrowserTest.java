package org.regia.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.regia.control.ControlImporter;
import org.regia.identity.Role;
import org.regia.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * Issue 7: the innovation-plan dashboard is filtered by axis with htmx (no page reload, the URL follows), and a control
 * officer edits an action's roadmap: a bad budget line and a milestone without date are refused next to their fields.
 */
class ControlDashboardBrowserTest extends BrowserTest {

    @Autowired
    ControlImporter importer;

    @Test
    void planFiltersWithoutReloadAndOfficerEditsTheRoadmap() {
        importer.importResource(new ClassPathResource("control/gip-2021-2027.csv"));
        createUser("control@example.org", Role.CONTROL_OFFICER);
        login("control@example.org", PASSWORD);

        page.navigate(url("/control/plan/GIP-2021-2027"));
        assertThat(page.locator("#plan-count")).containsText("48 of 48 actions shown");
        page.evaluate("window.regiaMarker = 'still here'");
        page.getByLabel("Axis").selectOption("AS2");
        assertThat(page.locator("#plan-count")).containsText("9 of 48 actions shown");
        assertThat(page.evaluate("window.regiaMarker")).isEqualTo("still here");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*axis=AS2.*"));
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target/screenshots/control-plan-filter.png")).setFullPage(true));

        page.locator("#actions-AS2 a").first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit the texts, resources and roadmap")).click();
        page.locator("[id='budgetLines[0].code']").fill("12-021-38");
        page.locator("[id='milestones[0].labelFr']").fill("Lancement");
        page.locator("[id='milestones[0].labelNl']").fill("Lancering");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("[id='budgetLines[0].code-error']")).containsText("“12-021-38” is not a budget line");

        page.locator("[id='budgetLines[0].code']").fill("120213101");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("[id='milestones[0].dueOn-error']")).containsText("needs a due date");

        page.locator("[id='milestones[0].dueOn']").fill("31/12/2022");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("#objective-saved")).isVisible();
        assertThat(page.locator("#resources")).containsText("12.021.31.01");
        assertThat(page.locator("#milestones")).containsText("31/12/2022");
        assertThat(page.locator("#participants")).containsText("Innoviris");
    }
}

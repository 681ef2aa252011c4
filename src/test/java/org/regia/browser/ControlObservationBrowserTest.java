package org.regia.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.regia.control.ControlImporter;
import org.regia.identity.Role;
import org.regia.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * Issue 7: a control officer opens the Economy letter, finds the cargo-bike KPI (no observation yet: no colour),
 * enters dated observations and sees the colour computed from the bands change; an ambiguous number is refused.
 */
class ControlObservationBrowserTest extends BrowserTest {

    @Autowired
    ControlImporter importer;

    @Test
    void controlOfficerEntersAnObservationAndSeesTheColourChange() {
        importer.importResource(new ClassPathResource("control/economy-2022.csv"));
        createUser("control@example.org", Role.CONTROL_OFFICER);
        login("control@example.org", PASSWORD);

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Management control")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lettre d’orientation 2022 – Economie")).click();
        assertThat(page.locator("#defects")).containsText("the value 200 is in two bands (GREEN/ORANGE)");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bruxelles Economie et Emploi")).click();
        assertThat(page.locator("#roll-up-rule")).containsText("worst of");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nombre de vélos cargo subsidiés")).click();

        assertThat(page.locator("#kpi-colour")).containsText("no colour");
        assertThat(page.locator("#band-issues")).containsText("The value 100 is in two bands");

        // an ambiguous number is refused next to the field
        page.getByLabel("Date of the observation").fill("2022-06-30");
        page.getByLabel("Value", new Page.GetByLabelOptions().setExact(true)).fill("1.344");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the observation")).click();
        assertThat(page.locator("#value-error")).containsText("1.344");
        assertThat(page.locator("#kpi-colour")).containsText("no colour");

        // 130 bikes: orange
        page.getByLabel("Value", new Page.GetByLabelOptions().setExact(true)).fill("130");
        page.getByLabel("Source").fill("BEE, premium files");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the observation")).click();
        assertThat(page.locator("#recorded")).isVisible();
        assertThat(page.locator("#kpi-colour .chip")).hasText("orange");
        assertThat(page.locator("#kpi-colour .chip")).hasClass(java.util.regex.Pattern.compile("colour-orange"));
        assertThat(page.locator("#observations")).containsText("130");
        assertThat(page.locator("#observations")).containsText("control@example.org");

        // 215 bikes at the end of the year: green, and the chart shows the series
        page.getByLabel("Date of the observation").fill("2022-12-31");
        page.getByLabel("Value", new Page.GetByLabelOptions().setExact(true)).fill("215");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the observation")).click();
        assertThat(page.locator("#kpi-colour .chip")).hasText("green");
        assertThat(page.locator("#kpi-chart canvas")).hasCount(1);

        // the tree shows the new colour of the KPI
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bruxelles Economie et Emploi — Lettre d’orientation 2022 – Economie")).click();
        assertThat(page.locator("#kpi-CARGO-BIKES .chip")).hasText("green");
    }
}

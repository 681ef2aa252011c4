package org.regia.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regia.identity.Role;
import org.regia.impact.Answers;
import org.regia.impact.Survey;
import org.regia.impact.SurveyKind;
import org.regia.impact.SurveyService;
import org.regia.organisations.OrganisationDetails;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.shared.EnterpriseNumber;
import org.regia.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 8: a beneficiary opens the impact survey of a finished project, makes two mistakes (a negative headcount, a
 * number with a thousands dot), reads the errors, corrects and sends; then corrects one answer, and both versions are
 * listed.
 */
class ImpactSurveyBrowserTest extends BrowserTest {

    @Autowired
    SurveyService surveys;
    @Autowired
    OrganisationService organisations;

    @Test
    void aBeneficiaryAnswersTheSurveyCorrectsAMistakeAndSeesTheVersions() {
        createUser("founder@example.org", Role.APPLICANT);
        actAs("founder@example.org");
        UUID firm = organisations.create(new OrganisationDetails("Kanal Robotics SRL", null, OrganisationType.COMPANY,
                EnterpriseNumber.fromPrefix("07334455").digits(), "Quai des Péniches 10", "1000", null, "BE", null, null)).getId();
        surveys.schedule(new Survey.Subject(SurveyKind.BENEFICIARY, UUID.randomUUID(), null, null, null, firm, "COMPANY",
                List.of(), "RG-2024-0007", "Robot de tri des déchets", new BigDecimal("300000"),
                LocalDate.now().minusYears(3), LocalDate.now().minusYears(1), Answers.Baseline.NONE));
        surveys.run();

        login("founder@example.org", PASSWORD);
        page.navigate(url("/home"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Impact surveys about your finished projects.")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Robot de tri des déchets")).click();

        page.getByLabel("Staff today, in full-time equivalents (FTE)").fill("-4");
        page.getByLabel("Jobs created thanks to the project (FTE)").fill("1.344");
        page.getByLabel("Jobs kept thanks to the project (FTE)").fill("1");
        page.getByLabel("Turnover of the last closed year (EUR)").fill("900000");
        page.getByLabel("Of which export (EUR)").fill("100000");
        page.getByLabel("Private funding raised since the project (EUR)").fill("250000");
        page.getByLabel("Other public funding obtained since the project (EUR)").fill("0");
        page.getByLabel("Spin-offs created").fill("0");
        page.getByLabel("Patents filed").fill("1");
        page.getByLabel("Publications", new Page.GetByLabelOptions().setExact(true)).fill("1");
        page.getByLabel("DOIs of the publications (one per line, optional)").fill("10.1016/j.respol.2020.104013");
        page.getByLabel("Products or services launched").fill("1");
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Is your organisation still located in the Brussels-Capital Region?"))
                .getByLabel("Yes").check();
        page.getByLabel("Yes, but later").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();

        assertThat(page.locator("#answer-errors")).containsText("“-4” is negative");
        assertThat(page.locator("#staffFte-error")).isVisible();
        assertThat(page.locator("#fteCreated-error")).containsText("1.344");
        assertThat(page.locator("#answer-history")).hasCount(0);

        page.getByLabel("Staff today, in full-time equivalents (FTE)").fill("12");
        page.getByLabel("Jobs created thanks to the project (FTE)").fill("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
        assertThat(page.locator("#saved")).containsText("version 1");

        // the form comes back filled with the answers; a correction is a new version
        assertThat(page.getByLabel("Staff today, in full-time equivalents (FTE)")).hasValue("12");
        page.getByLabel("Jobs created thanks to the project (FTE)").fill("4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send a corrected version")).click();
        assertThat(page.locator("#saved")).containsText("version 2");
        assertThat(page.locator("#answer-history tbody tr")).hasCount(2);
        assertThat(page.locator("#answer-history tbody tr").nth(1)).containsText("founder@example.org");
    }
}

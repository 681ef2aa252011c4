package org.regia.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regia.evaluation.FundingDecided;
import org.regia.grants.AmendmentService;
import org.regia.grants.Grant;
import org.regia.grants.GrantService;
import org.regia.identity.Role;
import org.regia.organisations.OrganisationDetails;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.shared.EnterpriseNumber;
import org.regia.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 6 item 5: a programme officer requests a later end date for a grant (a date before the start is refused at
 * the field first), a committee member approves it, and the comparison of versions 1 and 2 shows the new end date,
 * the new reporting schedule and the new yearly amounts.
 */
class AmendmentBrowserTest extends BrowserTest {

    @Autowired
    GrantService grants;
    @Autowired
    AmendmentService amendments;
    @Autowired
    OrganisationService organisations;

    @Test
    void anOfficerRequestsAnEndDateChangeAndTheCommitteeApprovesAndComparesTheVersions() {
        createUser("officer@example.org", Role.PROGRAMME_OFFICER);
        createUser("committee@example.org", Role.COMMITTEE);
        actAs("officer@example.org");
        UUID firm = organisations.create(new OrganisationDetails("Zinneke Software BV", null, OrganisationType.COMPANY,
                EnterpriseNumber.fromPrefix("07112233").digits(), "Rue Royale 97", "1000", null, "BE", null, null)).getId();
        UUID lab = organisations.create(new OrganisationDetails("Laboratoire Iris ASBL", null, OrganisationType.NON_PROFIT,
                EnterpriseNumber.fromPrefix("04445556").digits(), "Rue 2", "1050", null, "BE", null, null)).getId();
        Grant grant = grants.fromDecision(new FundingDecided(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "APP-2026-0042", "Urban freight digital twin", true, Instant.parse("2026-05-12T10:00:00Z"),
                LocalDate.of(2026, 7, 1), LocalDate.of(2028, 6, 30),
                List.of(new FundingDecided.PartnerAward(firm, true, new BigDecimal("300000.00")),
                        new FundingDecided.PartnerAward(lab, false, new BigDecimal("100000.00")))));

        login("officer@example.org", PASSWORD);
        page.navigate(url("/grants/" + grant.getId()));
        assertThat(page.locator("#amendments-panel")).containsText("Version 1 of the agreement is in force.");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Amendments and versions of the agreement")).click();
        Locator endForm = page.locator("#end-date-form");
        endForm.getByLabel("New end date").fill("2026-01-31");
        endForm.getByLabel("Reason").fill("Recruitment of the researcher delayed by six months");
        endForm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Request the new end date")).click();
        assertThat(page.locator("#end-error")).containsText("cannot be before the start of the project");
        assertThat(page.locator("#no-amendments")).isVisible();
        endForm = page.locator("#end-date-form");
        endForm.getByLabel("New end date").fill("2028-12-31");
        endForm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Request the new end date")).click();
        assertThat(page.locator("#amendment-done")).containsText("Amendment 1 requested");
        assertThat(page.locator("#amendment-list")).containsText("Waiting for a decision");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve the amendment"))).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();

        login("committee@example.org", PASSWORD);
        page.navigate(url("/grants/" + grant.getId() + "/amendments"));
        assertThat(page.locator("#pending-changes")).containsText("End date");
        assertThat(page.locator("#pending-changes")).containsText("30/06/2028");
        assertThat(page.locator("#pending-changes")).containsText("31/12/2028");
        page.getByLabel("Reason of the decision (required to reject)").fill("Justified by the recruitment calendar");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve the amendment")).click();
        assertThat(page.locator("#amendment-done")).containsText("version 2 of the agreement is in force");
        assertThat(page.locator("#versions")).containsText("v2");

        page.getByLabel("From version").selectOption("1");
        page.getByLabel("To version").selectOption("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare the versions")).click();
        Locator differences = page.locator("#differences");
        assertThat(differences).containsText("End date");
        assertThat(differences).containsText("30/06/2028");
        assertThat(differences).containsText("31/12/2028");
        assertThat(differences).containsText("Final report 31/03/2029");
        assertThat(differences).containsText("Balance 80.000,00");
        assertThat(page.locator("#allocations-side")).containsText("(changed)");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/amendment-compare.png")));

        page.navigate(url("/grants/" + grant.getId()));
        assertThat(page.locator("#grant-facts")).containsText("2028-12-31");
        assertThat(page.locator("#amendments-panel")).containsText("Version 2 of the agreement is in force.");
        actAs("committee@example.org");
        assertThat(amendments.versions(grant.getId())).hasSize(2);
    }
}

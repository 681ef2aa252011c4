package org.regia.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regia.evaluation.FundingDecided;
import org.regia.grants.GrantService;
import org.regia.identity.Role;
import org.regia.organisations.AffiliationRole;
import org.regia.organisations.OrganisationDetails;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.shared.EnterpriseNumber;
import org.regia.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 6: the beneficiary opens progress report 1 from the grant page and submits it (an unreadable amount is refused
 * at its field first); the programme officer approves the scientific part, the financial officer the cost claim with
 * a lower accepted amount; the instalment that follows the report becomes due and is requested from the grant page.
 */
class GrantReportBrowserTest extends BrowserTest {

    static final String LINE = "12.021.38.09.3132";

    @Autowired
    GrantService grants;
    @Autowired
    OrganisationService organisations;

    Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    Page.GetByRoleOptions button(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void aBeneficiarySubmitsAReportAndTheOfficersApproveIt() {
        createUser("ann@example.org", Role.APPLICANT);
        createUser("officer@example.org", Role.PROGRAMME_OFFICER);
        createUser("finance@example.org", Role.FINANCE_OFFICER);
        actAs("officer@example.org");
        UUID firm = organisations.create(new OrganisationDetails("Zinneke Software BV", null, OrganisationType.COMPANY,
                EnterpriseNumber.fromPrefix("07112233").digits(), "Rue Royale 97", "1000", null, "BE", null, null)).getId();
        organisations.affiliateUser(accounts.byEmail("ann@example.org").orElseThrow().getId(), "Ann", "ann@example.org",
                firm, AffiliationRole.LEGAL_REPRESENTATIVE);
        var grant = grants.fromDecision(new FundingDecided(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "APP-2026-0042", "Urban freight digital twin", true, Instant.parse("2026-05-12T10:00:00Z"),
                LocalDate.of(2026, 7, 1), LocalDate.of(2028, 6, 30),
                List.of(new FundingDecided.PartnerAward(firm, true, new BigDecimal("400000.00")))));

        login("ann@example.org", PASSWORD);
        page.navigate(url("/grants/" + grant.getId()));
        assertThat(page.locator("#reports")).containsText("To submit");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open report 1")).click();
        page.getByLabel("Scientific report (work done, results, deviations from the plan)")
                .fill("Data model of the canal port delivered; pilot with the port authority since March.");
        page.getByLabel("Personnel (EUR)", exact()).fill("120000");
        page.getByLabel("Subcontracting (EUR)", exact()).fill("15000");
        page.getByLabel("Equipment and depreciation (EUR)", exact()).fill("twelve");
        page.getByLabel("Other direct costs (EUR)", exact()).fill("4000");
        page.getByLabel("Overheads (EUR)", exact()).fill("18000");
        page.getByRole(AriaRole.BUTTON, button("Submit the report")).click();
        assertThat(page.locator("#equipment-error")).containsText("“twelve” is not an amount");
        page.getByLabel("Equipment and depreciation (EUR)", exact()).fill("8000,50");
        page.getByRole(AriaRole.BUTTON, button("Submit the report")).click();
        assertThat(page.locator("#report-state")).hasText("Submitted, being checked");
        assertThat(page.locator("#claim")).containsText("8.000,50");
        page.getByRole(AriaRole.BUTTON, button("Log out")).click();

        login("officer@example.org", PASSWORD);
        page.navigate(url("/grants/" + grant.getId() + "/reports/1"));
        assertThat(page.locator("#financial-form")).hasCount(0);
        page.getByRole(AriaRole.BUTTON, button("Approve the scientific part")).click();
        assertThat(page.locator("#scientific-state")).hasText("Approved");
        assertThat(page.locator("#report-state")).hasText("Submitted, being checked");
        page.getByRole(AriaRole.BUTTON, button("Log out")).click();

        login("finance@example.org", PASSWORD);
        page.navigate(url("/grants/" + grant.getId() + "/reports/1"));
        page.getByLabel("Personnel accepted (EUR)").fill("130000");
        page.getByRole(AriaRole.BUTTON, button("Approve the cost claim")).click();
        assertThat(page.locator("#personnel-error")).containsText("cannot exceed the amount claimed");
        page.getByLabel("Personnel accepted (EUR)").fill("110000");
        page.getByRole(AriaRole.BUTTON, button("Approve the cost claim")).click();
        assertThat(page.locator("#report-state")).hasText("Approved");
        assertThat(page.locator("#claim")).containsText("110.000,00");

        page.navigate(url("/grants/" + grant.getId()));
        assertThat(page.locator("#reports")).containsText("Approved");
        var row = page.locator("#schedule-status tr[data-kind=INSTALMENT]");
        assertThat(row).containsText("Due");
        row.getByLabel("Budget line").fill(LINE);
        row.getByLabel("Year").fill("2027");
        row.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Request this payment")).click();
        assertThat(page.locator("#schedule-status tr[data-kind=INSTALMENT]")).containsText("Requested");
        assertThat(page.locator("#schedule-status tr[data-kind=ADVANCE]")).containsText("Not due yet");
        assertThat(jdbc().queryForObject("select count(*) from grants_payment where grant_id = ? and amount = 200000",
                Long.class, grant.getId())).isEqualTo(1);
    }
}

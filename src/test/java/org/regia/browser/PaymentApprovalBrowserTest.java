package org.regia.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regia.grants.FinanceLedger;
import org.regia.identity.Role;
import org.regia.organisations.OrganisationDetails;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.shared.EnterpriseNumber;
import org.regia.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 6: a financial officer records the year's credit, commits an amount to a grant (an ambiguous "1.344" is
 * refused at the field's message), a programme officer requests the advance, the financial officer approves and
 * posts it from the queue; the grant's ledger shows the payment as liquidated.
 */
class PaymentApprovalBrowserTest extends BrowserTest {

    static final String LINE = "12.021.38.09.3132";

    @Autowired
    FinanceLedger ledger;
    @Autowired
    OrganisationService organisations;

    @Test
    void aFinancialOfficerApprovesAndPostsAPayment() {
        createUser("finance@example.org", Role.FINANCE_OFFICER);
        createUser("officer@example.org", Role.PROGRAMME_OFFICER);
        actAs("finance@example.org");
        var org = organisations.create(new OrganisationDetails("Zinneke Software BV", null, OrganisationType.COMPANY,
                EnterpriseNumber.fromPrefix("07112233").digits(), "Rue Royale 97", "1000", null, "BE", null, null));
        var grant = ledger.createGrant("RG-2026-0100", org.getId(), "Urban freight twin", new BigDecimal("300000"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        int year = LocalDate.now().getYear();

        login("finance@example.org", PASSWORD);
        page.navigate(url("/grants/payments"));
        page.getByLabel("Budget line").fill(LINE);
        page.getByLabel("Year").fill(String.valueOf(year));
        page.getByLabel("Amount (EUR, e.g. 90000 or 90000,50)").fill("500000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the credit")).click();
        assertThat(page.locator("#done")).isVisible();

        page.navigate(url("/grants/" + grant.getId()));
        page.locator("#commit-form").getByLabel("Budget line").fill(LINE);
        page.locator("#commit-form").getByLabel("Year").fill(String.valueOf(year));
        page.locator("#commit-form").getByLabel("Amount (EUR, e.g. 90000 or 90000,50)").fill("1.344");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Commit")).click();
        assertThat(page.locator("#grant-error")).containsText("“1.344” is not an amount we can read without doubt");
        page.locator("#commit-form").getByLabel("Budget line").fill(LINE);
        page.locator("#commit-form").getByLabel("Year").fill(String.valueOf(year));
        page.locator("#commit-form").getByLabel("Amount (EUR, e.g. 90000 or 90000,50)").fill("300000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Commit")).click();
        assertThat(page.locator("#ledger-entries")).containsText("Commitment");
        assertThat(page.locator("#ledger-entries")).containsText("300.000,00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();

        login("officer@example.org", PASSWORD);
        page.navigate(url("/grants/" + grant.getId()));
        page.locator("#payment-form").getByLabel("Purpose").fill("Advance 30 %");
        page.locator("#payment-form").getByLabel("Budget line").fill(LINE);
        page.locator("#payment-form").getByLabel("Year").fill(String.valueOf(year));
        page.locator("#payment-form").getByLabel("Amount (EUR, e.g. 90000 or 90000,50)").fill("90000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request the payment")).click();
        assertThat(page.locator("#payment-list")).containsText("Requested");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve"))).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();

        login("finance@example.org", PASSWORD);
        page.navigate(url("/grants/payments"));
        assertThat(page.locator("#queue")).containsText("RG-2026-0100");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).click();
        assertThat(page.locator("#queue")).containsText("Approved");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post")).click();
        assertThat(page.locator("#queue-empty")).isVisible();

        page.navigate(url("/grants/" + grant.getId()));
        assertThat(page.locator("#payment-list")).containsText("Posted");
        assertThat(page.locator("#ledger-entries")).containsText("Payment (liquidated)");
        actAs("finance@example.org");
        assertThat(ledger.paymentsOf(grant.getId())).hasSize(1);
        assertThat(jdbc().queryForObject("select count(*) from grants_ledger where kind = 'PAYMENT'", Integer.class)).isEqualTo(1);
    }
}

package org.regia.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regia.evaluation.FundingDecided;
import org.regia.grants.AgreementService;
import org.regia.grants.FinanceLedger;
import org.regia.grants.Grant;
import org.regia.identity.Role;
import org.regia.organisations.OrganisationDetails;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.shared.EnterpriseNumber;
import org.regia.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A financial officer opens the payment queue from the home page, approves the advance, then posts it. */
class PaymentApprovalBrowserTest extends BrowserTest {

    static final String LINE = "12.021.38.09.3132";

    @Autowired
    AgreementService agreements;
    @Autowired
    FinanceLedger ledger;
    @Autowired
    OrganisationService organisations;

    @Test
    void financeOfficerApprovesAndPostsAnAdvance() {
        createUser("finance@example.org", Role.FINANCE_OFFICER);
        actAs("finance@example.org");
        UUID firm = organisations.create(new OrganisationDetails("Zinneke Software BV", null, OrganisationType.COMPANY,
                EnterpriseNumber.fromPrefix("07112233").digits(), "Rue 1", "1000", null, "BE", null, null)).getId();
        Grant grant = agreements.createFrom(new FundingDecided(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "APP-2026-0011", "Urban freight digital twin", true, Instant.parse("2026-03-02T09:00:00Z"),
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 31),
                List.of(new FundingDecided.PartnerAward(firm, true, new BigDecimal("50000.00"))))).orElseThrow();
        ledger.addCredit(LINE, 2026, new BigDecimal("100000"));
        agreements.commitAgreement(grant.getId(), LINE, null);
        ledger.requestPayment(grant.getId(), LINE, 2026, new BigDecimal("15000.00"), "Advance 30 %");

        login("finance@example.org", PASSWORD);
        page.navigate(url("/home?lang=en"));
        page.locator("#panel-grants").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Payments to approve and post")).click();
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Advance 30 %"));
        assertThat(row).containsText("Requested");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Payment approved.");
        assertThat(row).containsText("Approved");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Post")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Payment posted.");
        assertThat(page.getByText("No payment is waiting.")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/grants-payment-posted.png")));

        assertThat(ledger.figures(LINE, 2026).liquidated()).isEqualByComparingTo("15000");
        assertThat(jdbc().queryForObject("select approved_by from grants_payment", String.class)).isEqualTo("finance@example.org");
    }
}

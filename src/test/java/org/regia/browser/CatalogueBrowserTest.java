package org.regia.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regia.catalogue.Call;
import org.regia.catalogue.CallDetails;
import org.regia.catalogue.CallMode;
import org.regia.catalogue.CallState;
import org.regia.catalogue.CatalogueService;
import org.regia.identity.Role;
import org.regia.shared.LocalizedText;
import org.regia.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Issue 3 walk-throughs: a visitor uses the finder; an officer opens a call after recording its EO test. */
class CatalogueBrowserTest extends BrowserTest {

    @Autowired
    CatalogueService catalogue;

    @BeforeEach
    void seed() {
        createUser("officer@browser.test", Role.PROGRAMME_OFFICER);
        catalogue.loadProgrammes2023IfEmpty();
    }

    @Test
    void smeVisitorFindsTheInnovationVoucherWithTheReasons() {
        page.navigate(url("/?lang=en"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Find my programme")).first().click();
        page.getByLabel("A small or medium-sized company (SME)").check();
        page.getByLabel("I want to test or validate it").check();
        page.getByLabel("Technology readiness level (TRL), if you know it").selectOption("3");
        page.getByLabel("A short technical service from a research centre or lab").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the programmes")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Programmes that fit (1)"))).isVisible();
        Locator voucher = page.locator("#fit-innovation-voucher");
        assertThat(voucher).containsText("Innovation Voucher");
        assertThat(voucher).containsText("Your TRL 3 is within the programme’s range 2-7.");
        page.locator("#not-fitting summary").click();
        assertThat(page.locator("#nofit-rd-projects")).containsText("Does not offer: A short technical service");
        assertThat(page.locator("#nofit-science-cheque")).containsText("Not open to: A small or medium-sized company (SME).");

        // the answers stay selected, and the programme page is one click away
        assertThat(page.getByLabel("A small or medium-sized company (SME)")).isChecked();
        voucher.getByRole(AriaRole.LINK).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Innovation Voucher");
        assertThat(page.locator("dl.facts")).containsText("EUR 10,000");
    }

    @Test
    void officerOpensACallOnlyAfterRecordingTheEqualOpportunitiesTest() {
        actAs("officer@browser.test");
        Instant now = catalogue.now();
        Call call = catalogue.createCall(catalogue.programmeByCode("joint-rd").getId(), new CallDetails(
                new LocalizedText("Joint R&D : bâtiments", "Joint R&D: gebouwen", "Joint R&D: buildings"), null,
                CallMode.DEADLINE, now.minusSeconds(3600), now.plusSeconds(86_400L * 20), 1, new BigDecimal("3500000"),
                null, "Grille Joint R&D", List.of()));
        catalogue.moveCall(call.getId(), CallState.PUBLISHED);
        SecurityContextHolder.clearContext();

        login("officer@browser.test", PASSWORD);
        page.locator("#panel-catalogue").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Catalogue management")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Joint R&D: buildings")).click();
        assertThat(page.locator("#call-state")).hasText("Published");
        // only the allowed transition is offered
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish"))).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the call")).click();
        assertThat(page.locator("#transition-error")).containsText("cannot open before its equal-opportunities test is recorded");
        assertThat(page.locator("#call-state")).hasText("Published");

        // an empty test is refused at its field
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the test")).click();
        assertThat(page.locator("#questions-error")).containsText("Write the questions");

        page.getByLabel("Questions").fill("Does the call affect women and men differently?");
        page.getByLabel("Answers").fill("No direct effect; juries are gender-mixed.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the test")).click();
        assertThat(page.locator("#eo-recorded")).containsText("officer@browser.test");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the call")).click();
        assertThat(page.locator("#moved")).hasText("The call is now: Open.");
        assertThat(page.locator("#call-state")).hasText("Open");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the call"))).isVisible();

        // the public sees it among the open calls, with the time left
        page.navigate(url("/public/calls"));
        Locator row = page.locator("#open-calls tr").filter(new Locator.FilterOptions().setHasText("Joint R&D: buildings"));
        assertThat(row.locator(".countdown")).containsText("19 days");
    }
}

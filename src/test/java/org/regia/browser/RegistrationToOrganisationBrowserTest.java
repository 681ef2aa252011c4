package org.regia.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.regia.identity.Role;
import org.regia.shared.EnterpriseNumber;
import org.regia.support.BrowserTest;

/**
 * Issue 2's walk-through: register as an applicant, verify the e-mail, create an organisation from its enterprise
 * number, see it listed; then log in as administrator and see its history.
 */
class RegistrationToOrganisationBrowserTest extends BrowserTest {

    @Test
    void applicantRegistersAndCreatesAnOrganisationThenAdminSeesItsHistory() {
        String zinneke = EnterpriseNumber.fromPrefix("07112233").formatted();

        // register
        page.navigate(url("/?lang=en"));
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Create an account")).first().click();
        page.getByLabel("Your name").fill("Marie Peeters");
        page.getByLabel("E-mail address").fill("marie@example.org");
        page.getByLabel("Password", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("a-long-password");
        page.getByLabel("Repeat the password").fill("a-long-password");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Create my account")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Check your e-mail"))).isVisible();

        // logging in before verification is refused with the reason
        login("marie@example.org", "a-long-password");
        assertThat(page.locator("#login-error")).containsText("not verified");

        // verify from the local mailbox
        page.navigate(url("/dev/mailbox"));
        Locator mail = page.locator("article.mail").filter(new Locator.FilterOptions().setHasText("marie@example.org"));
        assertThat(mail.locator("h2")).hasText("Regia: activate your account");
        mail.locator(".mail-links a").first().click();
        assertThat(page.locator("#verified-ok")).isVisible();

        // log in
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Log in").setExact(true)).last().click();
        page.getByLabel("E-mail address").fill("marie@example.org");
        page.getByLabel("Password").fill("a-long-password");
        page.locator("form.form button[type=submit]").click();
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1))).hasText("Welcome, Marie Peeters");

        // a wrong enterprise number is explained next to the field
        page.locator("#panel-applicant").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("New organisation")).click();
        page.getByLabel("Enterprise number (KBO/BCE)").fill("0123.456.748");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Look up")).click();
        assertThat(page.locator("#enterpriseNumber-error")).containsText("the check digits should be 49");

        // look the real number up: the form is pre-filled from the register
        page.getByLabel("Enterprise number (KBO/BCE)").fill("BE" + zinneke.replace(".", ""));
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Look up")).click();
        assertThat(page.locator("#lookup-found")).isVisible();
        assertThat(page.getByLabel("Legal name")).hasValue("Zinneke Software BV");
        assertThat(page.getByLabel("Postcode")).hasValue("1000");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1))).hasText("Zinneke Software BV");
        assertThat(page.locator("#enterprise-number")).hasText(zinneke);
        assertThat(page.locator("#region")).hasText("Located in the Brussels-Capital Region");

        // figures: the size class is computed
        page.getByLabel("Year").fill("2025");
        page.getByLabel("Staff (annual work units)").fill("12");
        page.getByLabel("Turnover (EUR)").fill("3500000");
        page.locator("form:has(#staff) button[type=submit]").click();
        assertThat(page.locator("#size-class")).containsText("Small enterprise");

        // listed among my organisations
        page.getByRole(AriaRole.NAVIGATION, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Main navigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Organisations")).click();
        assertThat(page.locator("#organisations")).containsText("Zinneke");
        assertThat(page.locator("#organisations")).containsText(zinneke);

        // switch to Dutch: the language is remembered
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("NL").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1))).hasText("Organisaties");
        page.navigate(url("/home"));
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1))).hasText("Welkom, Marie Peeters");
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("EN").setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Log out")).click();

        // the administrator sees who created the organisation and when
        createUser("root@example.org", Role.ADMIN);
        login("root@example.org", PASSWORD);
        page.navigate(url("/admin/history"));
        Locator row = page.locator("#recent-changes tr").filter(new Locator.FilterOptions().setHasText("Organisation"));
        assertThat(row.first()).containsText("marie@example.org");
        row.first().getByRole(AriaRole.LINK).click();
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1))).hasText("History of a record");
        assertThat(page.locator("#revisions li").first()).containsText("created");
        assertThat(page.locator("#revisions li").first()).containsText("marie@example.org");
        assertThat(page.locator("#revisions")).containsText("Zinneke Software BV");
        org.assertj.core.api.Assertions.assertThat(jdbc().queryForObject(
                "select count(*) from organisation_aud a join audit_revision r on r.id = a.rev where r.changed_by = 'marie@example.org' and a.revtype = 0",
                Integer.class)).isEqualTo(1);
    }
}

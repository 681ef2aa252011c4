package org.regia.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regia.catalogue.FinderProfile;
import org.regia.catalogue.InnovationDomain;
import org.regia.catalogue.InnovationPhase;
import org.regia.catalogue.SupportNeed;
import org.regia.directory.ActorType;
import org.regia.directory.DirectoryService;
import org.regia.directory.EcosystemActor;
import org.regia.identity.Role;
import org.regia.organisations.AffiliationRole;
import org.regia.organisations.OrganisationDetails;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.shared.EnterpriseNumber;
import org.regia.shared.LocalizedText;
import org.regia.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 10: a firm finds an actor in the directory and sends it a request; the actor accepts it. */
class DirectoryBrowserTest extends BrowserTest {

    @Autowired
    DirectoryService directory;
    @Autowired
    OrganisationService organisations;

    @Test
    void aFirmFindsAnActorAndSendsARequestWhichTheActorAccepts() {
        createUser("officer@example.org", Role.PROGRAMME_OFFICER);
        createUser("lab@example.org");
        createUser("firm@example.org", Role.APPLICANT);
        actAs("officer@example.org");
        UUID ibra = org("Institut bruxellois de recherche appliquée ASBL", OrganisationType.RESEARCH_CENTRE, "04445566");
        UUID zinneke = org("Zinneke Software BV", OrganisationType.COMPANY, "07112233");
        organisations.affiliateUser(accounts.byEmail("lab@example.org").orElseThrow().getId(), "Lab", "lab@example.org", ibra, AffiliationRole.CONTACT);
        organisations.affiliateUser(accounts.byEmail("firm@example.org").orElseThrow().getId(), "Firm", "firm@example.org", zinneke, AffiliationRole.CONTACT);
        actAs("lab@example.org");
        EcosystemActor lab = directory.register(ibra, "IBRA", ActorType.RECOGNISED_RESEARCH_CENTRE,
                LocalizedText.of("Centre de recherche appliquée en matériaux", "Toegepast onderzoekscentrum voor materialen"), null, "contact@ibra.example", null);
        directory.addOffering(lab.getId(), LocalizedText.of("Essais de matériaux", "Materiaaltesten"), null, Set.of(FinderProfile.SME),
                Set.of(InnovationPhase.VALIDATION), Set.of(InnovationDomain.CLIMATE_BUILDINGS), Set.of(SupportNeed.LAB_SERVICE), new BigDecimal("4500"));
        actAs("officer@example.org");
        directory.validate(lab.getId());
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        // the public directory, no login needed
        page.navigate(url("/public/directory?lang=en"));
        page.getByLabel("Search").fill("matériaux");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        page.locator("#actors").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("IBRA")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("IBRA");
        assertThat(page.locator("#offerings")).containsText("Essais de matériaux");

        // the firm logs in and describes its need
        login("firm@example.org", PASSWORD);
        page.navigate(url("/directory/need"));
        page.getByLabel("Who are you?").selectOption("SME");
        page.getByLabel("At which stage is your project?").selectOption("VALIDATION");
        page.getByLabel("What do you need?").selectOption("LAB_SERVICE");
        page.getByLabel("In which domain?").selectOption("CLIMATE_BUILDINGS");
        page.getByLabel("Describe your need in a few sentences").fill("Fire tests of a new insulation panel.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find the right actors")).click();

        Locator proposal = page.locator("#proposals li.card").filter(new Locator.FilterOptions().setHasText("IBRA"));
        assertThat(proposal).containsText("offers");
        assertThat(proposal.locator(".reason-against")).hasCount(0);
        proposal.getByRole(AriaRole.CHECKBOX).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my request")).click();
        assertThat(page.locator("#sent-notice")).hasText("1 request(s) sent.");
        assertThat(page.locator("#sent-referrals")).containsText("IBRA");
        assertThat(page.locator("#sent-referrals .state")).hasText("sent");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();

        // the research centre accepts it
        login("lab@example.org", PASSWORD);
        page.navigate(url("/directory/referrals"));
        assertThat(page.locator("#received-referrals")).containsText("Fire tests of a new insulation panel.");
        page.locator("#received-referrals").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("accepted")).click();
        assertThat(page.locator("#received-referrals .state")).hasText("accepted");
    }

    private UUID org(String name, OrganisationType type, String prefix) {
        return organisations.create(new OrganisationDetails(name, null, type, EnterpriseNumber.fromPrefix(prefix).digits(),
                "Rue 1", "1000", null, "BE", null, null)).getId();
    }
}

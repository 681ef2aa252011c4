package org.regia.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regia.applications.Application;
import org.regia.applications.ApplicationService;
import org.regia.catalogue.Call;
import org.regia.catalogue.CallDetails;
import org.regia.catalogue.CallMode;
import org.regia.catalogue.CallState;
import org.regia.catalogue.CatalogueService;
import org.regia.identity.Role;
import org.regia.organisations.OrganisationDetails;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.shared.EnterpriseNumber;
import org.regia.shared.LocalizedText;
import org.regia.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 4 items 1 and 2 in the browser: a programme officer copies the form of a call, makes mistakes and reads
 * them at their fields, corrects them, adds a field, publishes the next version, previews it in Dutch and pins it on
 * the call that opens next month. An applicant's draft autosaves ("Saved at hh:mm"); when someone else saved in the
 * meantime, the autosave shows the conflict and overwrites nothing.
 */
class FormEditorBrowserTest extends BrowserTest {

    @Autowired
    CatalogueService catalogue;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ApplicationService applications;

    Call call(String fr, String nl, long opensInSeconds, boolean open) {
        Call c = catalogue.createCall(catalogue.programmeByCode("rd-projects").getId(), new CallDetails(
                LocalizedText.of(fr, nl), null, CallMode.DEADLINE, catalogue.now().plusSeconds(opensInSeconds),
                catalogue.now().plusSeconds(opensInSeconds + 86_400 * 60L), 1, new BigDecimal("20000"), null, "Critères", List.of()));
        catalogue.moveCall(c.getId(), CallState.PUBLISHED);
        if (open) {
            catalogue.moveCall(c.getId(), CallState.OPEN);
        }
        return c;
    }

    Locator field(String name) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The input with this exact label inside the fieldset of one field. */
    Locator input(String field, String label) {
        return field(field).getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void anOfficerCopiesEditsPublishesPreviewsAndPinsAForm() {
        createUser("officer@example.org", Role.PROGRAMME_OFFICER);
        actAs("officer@example.org");
        catalogue.loadProgrammes2023IfEmpty();
        call("Appel R&D 2026", "Oproep O&O 2026", -3600, true);
        call("Appel R&D 2027", "Oproep O&O 2027", 30 * 86_400L, false);

        login("officer@example.org", PASSWORD);
        page.navigate(url("/officer/applications"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Application forms")).click();
        page.getByLabel("Form used by the call").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Appel R&D 2026"));
        page.locator("#copy-call-form").getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator("h1")).hasText("Draft of form rdi-standard");

        // three mistakes: a duplicate key, a missing Dutch label, a condition on an unknown field
        input("Field 1.2", "Key").fill("acronym");
        input("Field 1.1", "Label (NL)").fill("");
        input("Field 2.3", "Shown only if field (key)").fill("genderDimensionX");
        button("Save the draft").click();
        assertThat(page.locator(".error-summary")).containsText("Please correct");
        assertThat(field("Field 1.2").locator(".field-error")).hasText("The key acronym is already used in this form.");
        assertThat(field("Field 1.1").locator(".field-error")).hasText("The text in nl is missing.");
        assertThat(field("Field 2.3").locator(".field-error")).containsText("unknown field genderDimensionX");
        assertThat(input("Field 1.1", "Label (NL)")).hasAttribute("aria-invalid", "true");

        // corrected, plus a new optional field in section 1
        input("Field 1.2", "Key").fill("summary");
        input("Field 1.1", "Label (NL)").fill("Acroniem");
        input("Field 2.3", "Shown only if field (key)").fill("genderDimension");
        button("Add a field to section 1").click();
        assertThat(page.locator("#design-unsaved")).isVisible();
        input("Field 1.6", "Key").fill("website");
        input("Field 1.6", "Label (FR)").fill("Site web du projet");
        input("Field 1.6", "Label (NL)").fill("Website van het project");
        input("Field 1.6", "Label (EN)").fill("Project website");
        input("Field 1.6", "Max. length (characters)").fill("200");
        button("Save the draft").click();
        assertThat(page.locator("#design-saved")).isVisible();
        button("Publish as the next version").click();
        assertThat(page.locator("#published")).isVisible();
        assertThat(page.locator("h1")).hasText("rdi-standard v2");

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Language of the preview"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("NL").setExact(true)).click();
        assertThat(page.locator("#preview")).containsText("Website van het project");
        assertThat(page.locator("#preview")).containsText("Acroniem");
        // only the call that has not opened is offered
        assertThat(page.getByLabel("Call (not opened yet)").locator("option")).hasCount(1);
        page.getByLabel("Maximum size per attachment (MB)").fill("5");
        button("Pin on the call").click();
        assertThat(page.locator("#pinned")).containsText("Appel R&D 2027");
    }

    @Test
    void theDraftAutosavesAndShowsAConflictWhenSomeoneElseSaved() {
        createUser("officer@example.org", Role.PROGRAMME_OFFICER);
        actAs("officer@example.org");
        catalogue.loadProgrammes2023IfEmpty();
        Call open = call("Appel R&D 2026", "Oproep O&O 2026", -3600, true);
        createUser("founder@example.org", Role.APPLICANT);
        actAs("founder@example.org");
        var org = organisations.create(new OrganisationDetails("Kanal Robotics SRL", null, OrganisationType.COMPANY,
                EnterpriseNumber.fromPrefix("07334455").formatted(), "Rue de la Loi 42", "1040", "Etterbeek", "BE", null, null));
        Application a = applications.create(open.getId(), org.getId(), "Robot de tri");

        login("founder@example.org", PASSWORD);
        page.navigate(url("/applications/" + a.getId()));
        page.getByLabel("Acronym *").fill("ROBOTRI");
        page.getByLabel("Acronym *").press("Tab");
        assertThat(page.locator("#autosave-status")).containsText("Saved at ");
        actAs("founder@example.org");
        assertThat(applications.get(a.getId()).getFormData()).contains("ROBOTRI");

        // a colleague saves from elsewhere; the next autosave of this page must not overwrite it
        Application current = applications.get(a.getId());
        applications.save(a.getId(), current.getVersion(), "Robot de tri (colleague)", null, null);
        page.getByLabel("Project summary *").fill("Tri robotisé.");
        page.getByLabel("Project summary *").press("Tab");
        assertThat(page.locator("#autosave-status")).containsText("Someone else saved this application");
        actAs("founder@example.org");
        Application after = applications.get(a.getId());
        assertThat(after.getTitle()).isEqualTo("Robot de tri (colleague)");
        assertThat(after.getFormData()).doesNotContain("Tri robotisé");
    }
}

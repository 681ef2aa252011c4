package org.regia.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regia.catalogue.Call;
import org.regia.catalogue.CallDetails;
import org.regia.catalogue.CallMode;
import org.regia.catalogue.CallState;
import org.regia.catalogue.CatalogueService;
import org.regia.identity.Role;
import org.regia.organisations.OrganisationDetails;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.organisations.YearFigures;
import org.regia.shared.EnterpriseNumber;
import org.regia.shared.LocalizedText;
import org.regia.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 4: an applicant creates a draft for an open call, tries to submit too early and reads every missing point,
 * fills the form, adds a budget line and sees the state-aid intensity explained, uploads the PDF description,
 * submits and gets the receipt; a programme officer finds it in the call's list and declares it admissible, and the
 * applicant sees the outcome.
 */
class ApplicationSubmissionBrowserTest extends BrowserTest {

    static final String PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

    @Autowired
    CatalogueService catalogue;
    @Autowired
    OrganisationService organisations;
    @Autowired
    TransactionTemplate tx;

    @Test
    void anApplicantSubmitsAndAnOfficerScreens() {
        createUser("officer@example.org", Role.PROGRAMME_OFFICER);
        actAs("officer@example.org");
        catalogue.loadProgrammes2023IfEmpty();
        Call call = catalogue.createCall(catalogue.programmeByCode("rd-projects").getId(), new CallDetails(
                LocalizedText.of("Appel R&D 2026", "Oproep O&O 2026"), null, CallMode.DEADLINE,
                catalogue.now().minusSeconds(3600), catalogue.now().plusSeconds(86_400), 1, new BigDecimal("20000"), null,
                "Critères R&D 2026", List.of()));
        catalogue.moveCall(call.getId(), CallState.PUBLISHED);
        catalogue.moveCall(call.getId(), CallState.OPEN);
        createUser("founder@example.org", Role.APPLICANT);
        actAs("founder@example.org");
        var org = organisations.create(new OrganisationDetails("Kanal Robotics SRL", null, OrganisationType.COMPANY,
                EnterpriseNumber.fromPrefix("07334455").formatted(), "Rue de la Loi 42", "1040", "Etterbeek", "BE", null, null));
        tx.executeWithoutResult(s -> {
            organisations.recordFigures(org.getId(), new YearFigures(2024, BigDecimal.valueOf(20), BigDecimal.valueOf(3_000_000), null));
            organisations.recordFigures(org.getId(), new YearFigures(2025, BigDecimal.valueOf(20), BigDecimal.valueOf(3_000_000), null));
        });

        login("founder@example.org", PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My applications")).first().click();
        page.getByLabel("Title of the project").fill("Robot de tri des déchets");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the draft")).click();
        assertThat(page.locator("h1")).hasText("Robot de tri des déchets");

        // submitting an empty draft lists every missing point at once
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the application")).click();
        assertThat(page.locator("#submit-errors")).containsText("cannot be submitted yet");
        assertThat(page.locator("#submit-errors li")).not().hasCount(0);
        assertThat(page.locator("#dossier-status")).hasText("Draft");

        fillStandardForm("ROBOTRI", "Tri robotisé des déchets urbains par vision artificielle.",
                "Moins de déchets mis en décharge à Bruxelles.", "Prototype");

        page.getByLabel("Year").fill("2027");
        page.getByLabel("Type of work").selectOption("EXPERIMENTAL_DEVELOPMENT");
        page.getByLabel("Cost category").selectOption("PERSONNEL");
        page.getByLabel("Amount (EUR)").fill("20000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the line")).click();
        assertThat(page.locator("#budget-saved")).isVisible();
        assertThat(page.locator(".budget-lines")).containsText("20.000,00");
        assertThat(page.locator("#state-aid")).containsText("Experimental development");
        assertThat(page.locator("#state-aid")).containsText("%");

        page.getByLabel("File for “Technical description (PDF)”").setInputFiles(
                new FilePayload("description.pdf", "application/pdf", PDF.getBytes(StandardCharsets.US_ASCII)));
        page.locator("form:has(#file-projectDescription) button").click();
        assertThat(page.locator(".attachments").first()).containsText("description.pdf");
        assertThat(page.locator(".attachments").first()).containsText("SHA-256");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the application")).click();
        assertThat(page.locator("#submitted")).isVisible();
        assertThat(page.locator("#receipt")).containsText("REG-");
        assertThat(page.locator("#dossier-status")).hasText("Submitted");
        String receipt = page.locator("#receipt").innerText().replaceAll("(?s).*(REG-[0-9-]+).*", "$1");
        assertThat(receipt).startsWith("REG-");

        // the officer finds it and declares it admissible
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
        login("officer@example.org", PASSWORD);
        page.navigate(url("/officer/applications?call=" + call.getId()));
        assertThat(page.locator("#counts")).containsText("Submitted: 1");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Robot de tri des déchets")).click();
        assertThat(page.locator("#eligibility")).containsText("✔");
        // each rule about a partner names it (a consortium has one line per partner and rule)
        assertThat(page.locator("#eligibility li", new Page.LocatorOptions().setHasText("Brussels")).first())
                .containsText("Kanal Robotics SRL —");
        page.getByLabel("Admissible", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Reason").fill("Complete dossier, eligible company.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record")).click();
        assertThat(page.locator("#screened")).isVisible();
        assertThat(page.locator("#screening-history")).containsText("Complete dossier");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
        login("founder@example.org", PASSWORD);
        page.navigate(url("/applications"));
        assertThat(page.locator("#my-applications")).containsText("Admissible");
        assertThat(page.locator("#my-applications")).containsText(receipt);
    }
}

package org.regia.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * Issue 4, "browser test of a full consortium application", clicked as people would: the coordinator (a small
 * company) creates a draft and invites a university by e-mail with its role; the university's contact opens the link
 * from the mail, joins for their own organisation and fills their own budget, where the state-aid explanation shows
 * the effective-collaboration bonus line by line (and cannot touch the coordinator's budget); the coordinator fills
 * the form and the ethics self-assessment, gives a budget, uploads the mandatory PDF, submits, reads the receipt and
 * downloads its PDF; both partners received the confirmation; the officer finds the application in the call's list.
 */
class ConsortiumApplicationBrowserTest extends BrowserTest {

    static final String PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
    static final String OFFICER = "officer@example.org";
    static final String ANN = "ann@hydro.example";
    static final String BOB = "bob@ulb.example";

    @Autowired
    CatalogueService catalogue;
    @Autowired
    OrganisationService organisations;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aCoordinatorAndAnInvitedUniversityBuildAndSubmitAConsortiumApplication() throws IOException {
        createUser(OFFICER, Role.PROGRAMME_OFFICER);
        actAs(OFFICER);
        catalogue.loadProgrammes2023IfEmpty();
        Call call = catalogue.createCall(catalogue.programmeByCode("rd-projects").getId(), new CallDetails(
                LocalizedText.of("Appel R&D 2026", "Oproep O&O 2026"), null, CallMode.DEADLINE,
                catalogue.now().minusSeconds(3600), catalogue.now().plusSeconds(86_400), 1, new BigDecimal("20000"), null,
                "Critères R&D 2026", List.of()));
        catalogue.moveCall(call.getId(), CallState.PUBLISHED);
        catalogue.moveCall(call.getId(), CallState.OPEN);
        createUser(ANN, Role.APPLICANT);
        createUser(BOB, Role.APPLICANT);
        organisation(ANN, "Hydro Mobility SRL", OrganisationType.COMPANY, "07112233", 20, 3_000_000);
        organisation(BOB, "Université libre de Bruxelles", OrganisationType.UNIVERSITY, "04073824", 2000, 400_000_000);

        // the coordinator creates the draft and invites the university with its role
        login(ANN, PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My applications")).first().click();
        page.getByLabel("Title of the project").fill("Hydrogen buses for Brussels");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the draft")).click();
        assertThat(page.locator("h1")).hasText("Hydrogen buses for Brussels");
        String dossier = page.url();
        page.getByLabel("E-mail of the partner’s contact person").fill(BOB);
        page.getByLabel("Role in the consortium").fill("Scientific partner: hydrogen storage");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the invitation")).click();
        assertThat(page.locator("#invited")).containsText(BOB);
        assertThat(page.locator("#partner-list")).containsText("invited, not yet accepted");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();

        // the partner reads the invitation in the mailbox and follows its link
        page.navigate(url("/dev/mailbox"));
        Locator invitation = page.locator("article.mail").filter(new Locator.FilterOptions().setHasText(BOB));
        assertThat(invitation.locator("h2")).containsText("Hydrogen buses for Brussels");
        String link = invitation.locator(".mail-links a").first().getAttribute("href");
        assertThat(link).contains("/applications/invitations/");
        login(BOB, PASSWORD);
        page.navigate(url(link.substring(link.indexOf("/applications/invitations/"))));
        assertThat(page.locator("h1")).hasText("Invitation to a consortium");
        assertThat(page.locator("section")).containsText("Hydrogen buses for Brussels");
        page.getByLabel("On behalf of").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Université libre de Bruxelles"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join the consortium")).click();
        assertThat(page.locator("h1")).hasText("Hydrogen buses for Brussels");
        assertThat(page.locator("#partner-list")).containsText("Université libre de Bruxelles");
        assertThat(page.locator("#partner-list")).containsText("Scientific partner: hydrogen storage");
        assertThat(page.locator("#partner-list")).not().containsText("invited, not yet accepted");

        // the partner fills its own budget only: the coordinator's block has no form for them
        Locator coordinatorBudget = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Hydro Mobility SRL — coordinator"));
        assertThat(coordinatorBudget).isVisible();
        assertThat(coordinatorBudget.locator("form")).hasCount(0);
        Locator bobBudget = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Université libre de Bruxelles — partner"));
        bobBudget.getByLabel("Year").fill("2027");
        bobBudget.getByLabel("Type of work").selectOption("INDUSTRIAL_RESEARCH");
        bobBudget.getByLabel("Cost category").selectOption("PERSONNEL");
        bobBudget.getByLabel("Amount (EUR)").fill("-500");
        bobBudget.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add the line")).click();
        bobBudget = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Université libre de Bruxelles — partner"));
        assertThat(bobBudget.getByLabel("Amount (EUR)")).hasAttribute("aria-invalid", "true");
        assertThat(bobBudget.locator(".field-error")).hasText("Budget amounts cannot be negative.");
        assertThat(bobBudget.getByLabel("Amount (EUR)")).hasValue("-500");
        assertThat(bobBudget.locator(".budget-lines")).hasCount(0);
        bobBudget.getByLabel("Amount (EUR)").fill("80000");
        bobBudget.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add the line")).click();
        assertThat(page.locator("#budget-saved")).isVisible();
        bobBudget = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Université libre de Bruxelles — partner"));
        assertThat(bobBudget.locator(".budget-lines")).containsText("80.000,00");
        assertThat(bobBudget.locator(".field-error")).hasCount(0);
        // the explanation, line by line: industrial research 50 %, effective collaboration +15 = 65 %
        Locator aid = page.locator("#state-aid");
        assertThat(aid).containsText("Industrial research: base intensity 50%");
        assertThat(aid).containsText("Effective collaboration: +15 points, 65%");
        assertThat(aid).containsText("52.000,00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();

        // the coordinator completes the dossier
        login(ANN, PASSWORD);
        page.navigate(dossier);
        assertThat(page.locator("#partner-list")).containsText("Université libre de Bruxelles");
        fillStandardForm("H2BUS", "Stockage d’hydrogène pour les bus urbains bruxellois.",
                "Cleaner air along the STIB bus lines.", "Storage prototype");

        Locator annBudget = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Hydro Mobility SRL — coordinator"));
        annBudget.getByLabel("Year").fill("2027");
        annBudget.getByLabel("Type of work").selectOption("EXPERIMENTAL_DEVELOPMENT");
        annBudget.getByLabel("Cost category").selectOption("PERSONNEL");
        annBudget.getByLabel("Amount (EUR)").fill("100000");
        annBudget.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add the line")).click();
        assertThat(page.locator("#budget-saved")).isVisible();
        // GBER art. 25: small firm, experimental development, effective collaboration: 25 + 20 + 15 = 60 %
        assertThat(page.locator("#state-aid")).containsText("Small enterprise: +20 points, 45%");
        assertThat(page.locator("#state-aid")).containsText("Effective collaboration: +15 points, 60%");

        page.getByLabel("File for “Technical description (PDF)”").setInputFiles(
                new FilePayload("description.pdf", "application/pdf", PDF.getBytes(StandardCharsets.US_ASCII)));
        page.locator("form:has(#file-projectDescription) button").click();
        assertThat(page.locator(".attachments").first()).containsText("description.pdf");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the application")).click();
        assertThat(page.locator("#submitted")).isVisible();
        assertThat(page.locator("#dossier-status")).hasText("Submitted");
        String receipt = page.locator("#receipt").innerText().replaceAll("(?s).*?(REG-\\d{4}-\\d{6}).*", "$1");
        assertThat(receipt).matches("REG-\\d{4}-\\d{6}");
        Download pdf = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Receipt (PDF)")).click());
        byte[] bytes = Files.readAllBytes(pdf.path());
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.suggestedFilename()).isEqualTo(receipt + ".pdf");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();

        // both partners received the confirmation with the receipt number
        page.navigate(url("/dev/mailbox"));
        Locator confirmations = page.locator("article.mail").filter(new Locator.FilterOptions().setHasText(receipt));
        assertThat(confirmations).hasCount(2);
        assertThat(confirmations.filter(new Locator.FilterOptions().setHasText(ANN))).hasCount(1);
        assertThat(confirmations.filter(new Locator.FilterOptions().setHasText(BOB))).hasCount(1);

        // the officer sees it in the call's list
        login(OFFICER, PASSWORD);
        page.navigate(url("/officer/applications?call=" + call.getId()));
        assertThat(page.locator("#counts")).containsText("Submitted: 1");
        Locator row = page.locator("tr").filter(new Locator.FilterOptions().setHasText("Hydrogen buses for Brussels"));
        assertThat(row).containsText(receipt);
        assertThat(row).containsText("Hydro Mobility SRL");
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hydrogen buses for Brussels")).click();
        assertThat(page.locator("#partner-list")).containsText("Université libre de Bruxelles");
        assertThat(page.locator("#receipt")).containsText(receipt);
        // the answers read as the applicant gave them: the domain's name, yes/no, the work packages
        Locator answers = page.locator("#answers");
        assertThat(answers).containsText("Efficient and sustainable urban flows");
        assertThat(answers).not().containsText("URBAN_FLOWS");
        Locator workPackages = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Work packages"));
        assertThat(workPackages.locator("tbody tr")).hasCount(1);
        assertThat(workPackages).containsText("Storage prototype");
        assertThat(workPackages).containsText("24");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Attachments").setExact(true))).hasCount(1);
    }

    private void organisation(String owner, String name, OrganisationType type, String numberPrefix, int staff, long turnover) {
        actAs(owner);
        var org = organisations.create(new OrganisationDetails(name, null, type, EnterpriseNumber.fromPrefix(numberPrefix).formatted(),
                "Avenue Franklin Roosevelt 50", "1050", "Ixelles", "BE", null, null));
        tx.executeWithoutResult(s -> {
            organisations.recordFigures(org.getId(), new YearFigures(2024, BigDecimal.valueOf(staff), BigDecimal.valueOf(turnover), null));
            organisations.recordFigures(org.getId(), new YearFigures(2025, BigDecimal.valueOf(staff), BigDecimal.valueOf(turnover), null));
        });
    }
}

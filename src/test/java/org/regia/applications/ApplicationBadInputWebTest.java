package org.regia.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regia.catalogue.Call;
import org.regia.catalogue.CatalogueService;
import org.regia.identity.Role;
import org.regia.organisations.Organisation;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.shared.DomainException;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 4, "Bad input", through the screens and the API: budget amounts that are negative, not numbers, blank, with
 * more than two decimals or absurdly large (error at the field with what was typed, nothing saved); a partner whose
 * organisation type the programme does not accept (refused with the reason); a 0-byte file, an oversized file and an
 * .exe renamed .pdf (refused at the file field, nothing stored); a submission one second after the deadline (refused,
 * nothing saved, no mail).
 */
class ApplicationBadInputWebTest extends IntegrationTest {

    static final String OFFICER = "officer@example.org";
    static final String ANN = "ann@hydro.example";

    @Autowired MockMvc mvc;
    @Autowired CatalogueService catalogue;
    @Autowired OrganisationService organisations;
    @Autowired ApplicationService applications;
    @Autowired BudgetService budgets;
    @Autowired AttachmentService attachments;

    Call call;
    UUID id;
    Partner coordinator;
    RequestPostProcessor ann;

    /** Ann's small company coordinates a complete single-partner dossier (100,000 of personnel costs). */
    void prepare() {
        createUser(OFFICER, Role.PROGRAMME_OFFICER);
        createUser(ANN, Role.APPLICANT);
        actAs(OFFICER);
        call = ApplicationFixture.openCall(catalogue, "rd-projects", catalogue.now().plusSeconds(86_400));
        actAs(ANN);
        Organisation hydro = ApplicationFixture.organisation(organisations, "Hydro SRL", OrganisationType.COMPANY, "07112233", 20, 3_000_000);
        Application a = applications.create(call.getId(), hydro.getId(), "Hydrogen buses");
        a = applications.save(a.getId(), a.getVersion(), null, ApplicationFixture.completeForm(), ApplicationFixture.noEthicsIssue());
        id = a.getId();
        Partner coord = a.coordinator();
        budgets.saveBudget(id, coord.getId(), coord.getVersion(), BigDecimal.ZERO, ApplicationFixture.budget("100000"));
        coordinator = applications.get(id).coordinator();
        ann = user(accounts.loadUserByUsername(ANN));
    }

    BigDecimal budgetTotal() {
        return jdbc().queryForObject("select coalesce(sum(amount), 0) from budget_line where partner_id = ?", BigDecimal.class, coordinator.getId());
    }

    MvcResult addLine(String year, String amount) throws Exception {
        return mvc.perform(post("/applications/{id}/budget", id).with(ann).with(csrf()).locale(Locale.ENGLISH)
                        .param("partnerId", coordinator.getId().toString()).param("partnerVersion", String.valueOf(coordinator.getVersion()))
                        .param("year", year).param("workType", "INDUSTRIAL_RESEARCH").param("category", "EQUIPMENT").param("amount", amount))
                .andExpect(redirectedUrl("/applications/" + id + "#budget-" + coordinator.getId()))
                .andReturn();
    }

    @Test
    void badBudgetAmountsAreShownAtTheirFieldWithWhatWasTypedAndNothingIsSaved() throws Exception {
        prepare();
        Map<String, String> refused = Map.of(
                "-500", "Budget amounts cannot be negative.",
                "twelve thousand", "twelve thousand is not an amount (use digits, e.g. 12500.50).",
                "12,500.50", "12,500.50 is not an amount (use digits, e.g. 12500.50).",
                "1e5", "1e5 is not an amount (use digits, e.g. 12500.50).",
                " ", "Enter the amount of the line in euros.",
                "12500.505", "12500.505 has more than two decimals: amounts are in euros and cents.",
                "2000000000", "A budget line cannot exceed EUR 999999999.99.");
        for (var e : refused.entrySet()) {
            MvcResult r = addLine("2027", e.getKey());
            assertThat(r.getFlashMap().get("budgetErrors")).as(e.getKey()).isEqualTo(Map.of("amount", e.getValue()));
            assertThat(r.getFlashMap().get("budgetErrorPartner")).isEqualTo(coordinator.getId());
        }
        MvcResult badYear = addLine("twenty", "5000");
        assertThat(badYear.getFlashMap().get("budgetErrors")).isEqualTo(Map.of("year", "twenty is not a valid budget year."));
        assertThat(addLine("1999", "5000").getFlashMap().get("budgetErrors")).isEqualTo(Map.of("year", "1999 is not a valid budget year."));
        assertThat(budgetTotal()).isEqualByComparingTo("100000");
        assertThat(jdbc().queryForObject("select count(*) from budget_line", Integer.class)).isEqualTo(1);

        // the page shows the message next to the amount (aria-invalid, aria-describedby) and keeps what was typed
        MvcResult negative = addLine("2027", "-500");
        String amountId = "amount-" + coordinator.getId();
        mvc.perform(get("/applications/{id}", id).with(ann).locale(Locale.ENGLISH).flashAttrs(negative.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"" + amountId + "\" name=\"amount\" type=\"text\" inputmode=\"decimal\" value=\"-500\" aria-invalid=\"true\" aria-describedby=\"" + amountId + "-error\"")))
                .andExpect(content().string(containsString("<p class=\"field-error\" id=\"" + amountId + "-error\">Budget amounts cannot be negative.</p>")))
                .andExpect(content().string(containsString("<option value=\"EQUIPMENT\" selected=\"selected\">")));
        // in French too
        MvcResult fr = mvc.perform(post("/applications/{id}/budget", id).with(ann).with(csrf()).locale(Locale.FRENCH)
                        .param("partnerId", coordinator.getId().toString()).param("partnerVersion", String.valueOf(coordinator.getVersion()))
                        .param("year", "2027").param("workType", "INDUSTRIAL_RESEARCH").param("category", "EQUIPMENT").param("amount", "abc"))
                .andReturn();
        assertThat(fr.getFlashMap().get("budgetErrors")).isEqualTo(Map.of("amount", "abc n’est pas un montant (utilisez des chiffres, p. ex. 12500,50)."));

        // a valid amount with a decimal comma is accepted
        addLine("2027", "5 000,50");
        assertThat(budgetTotal()).isEqualByComparingTo("105000.50");

        // the API: a negative amount is a 422 problem at the field, a non-numeric one a 400, missing lines a 422
        actAs(ANN);
        coordinator = applications.get(id).coordinator();
        String negativeJson = "{\"version\":" + coordinator.getVersion() + ",\"overheadRate\":0,\"lines\":[{\"year\":2027,"
                + "\"workType\":\"EXPERIMENTAL_DEVELOPMENT\",\"category\":\"PERSONNEL\",\"amount\":90000},{\"year\":2028,"
                + "\"workType\":\"EXPERIMENTAL_DEVELOPMENT\",\"category\":\"PERSONNEL\",\"amount\":-1}]}";
        mvc.perform(put("/api/applications/{id}/partners/{p}/budget", id, coordinator.getId()).with(ann).with(csrf())
                        .locale(Locale.ENGLISH).contentType(MediaType.APPLICATION_JSON).content(negativeJson))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[0].message").value("Budget amounts cannot be negative."));
        mvc.perform(put("/api/applications/{id}/partners/{p}/budget", id, coordinator.getId()).with(ann).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(negativeJson.replace("-1", "\"lots\"")))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/applications/{id}/partners/{p}/budget", id, coordinator.getId()).with(ann).with(csrf())
                        .locale(Locale.ENGLISH).contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + coordinator.getVersion() + ",\"overheadRate\":0}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("lines"));
        mvc.perform(put("/api/applications/{id}/partners/{p}/budget", id, coordinator.getId()).with(ann).with(csrf())
                        .locale(Locale.ENGLISH).contentType(MediaType.APPLICATION_JSON).content(negativeJson.replace("-1", "100000000000000")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        assertThat(budgetTotal()).isEqualByComparingTo("105000.50");
        assertThat(jdbc().queryForObject("select count(*) from budget_line", Integer.class)).isEqualTo(2);
    }

    @Test
    void aPartnerOfATypeTheProgrammeDoesNotAcceptIsRefusedWithTheReason() throws Exception {
        prepare();
        Application a = applications.get(id);
        Partner invited = applications.invite(id, a.getVersion(), "carl@athenee.example", "Dissemination");
        createUser("carl@athenee.example", Role.APPLICANT);
        actAs("carl@athenee.example");
        Organisation school = ApplicationFixture.organisation(organisations, "Athénée Royal", OrganisationType.SCHOOL, "02012345", 80, 1_000_000);
        var carl = user(accounts.loadUserByUsername("carl@athenee.example"));
        String path = "/applications/invitations/" + invited.getInvitationToken();

        MvcResult refused = mvc.perform(post(path).with(carl).with(csrf()).locale(Locale.ENGLISH).param("organisationId", school.getId().toString()))
                .andExpect(redirectedUrl(path))
                .andExpect(flash().attribute("errorMessage", containsString("Athénée Royal")))
                .andExpect(flash().attribute("errorMessage", containsString("is not eligible for this programme, which is open to:")))
                .andReturn();
        mvc.perform(get(path).with(carl).locale(Locale.ENGLISH).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"accept-error\"")))
                .andExpect(content().string(containsString("is not eligible for this programme")));
        // nothing saved: still an invitation, no organisation attached, not a member
        assertThat(jdbc().queryForMap("select status, organisation_id from application_partner where id = ?", invited.getId()))
                .containsEntry("status", "INVITED").containsEntry("organisation_id", null);
        actAs(ANN);
        assertThat(applications.get(id).acceptedPartners()).hasSize(1);
    }

    @Test
    void emptyOversizedAndDisguisedFilesAreRefusedAtTheFileFieldAndNothingIsStored() throws Exception {
        prepare();
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff};
        byte[] big = new byte[(int) FormService.DEFAULT_MAX_ATTACHMENT + 1];
        System.arraycopy(ApplicationFixture.PDF.getBytes(StandardCharsets.US_ASCII), 0, big, 0, ApplicationFixture.PDF.length());
        Map<MockMultipartFile, String> refused = Map.of(
                new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]), "empty.pdf is empty (0 bytes).",
                new MockMultipartFile("file", "big.pdf", "application/pdf", big), "big.pdf is too large (10.0 MB); this call accepts at most 10.0 MB per file.",
                // the browser claims a PDF; the bytes say otherwise
                new MockMultipartFile("file", "description.pdf", "application/pdf", exe),
                "description.pdf is not a PDF, XLSX, DOCX, PNG, JPEG or GIF file (checked from its content).");
        for (var e : refused.entrySet()) {
            MvcResult r = mvc.perform(multipart("/applications/{id}/attachments", id).file(e.getKey()).param("fieldKey", "projectDescription")
                            .with(ann).with(csrf()).locale(Locale.ENGLISH))
                    .andExpect(redirectedUrl("/applications/" + id + "#attachments"))
                    .andExpect(flash().attribute("attachmentError", e.getValue()))
                    .andExpect(flash().attribute("attachmentErrorSlot", "projectDescription"))
                    .andReturn();
            if (e.getKey().getOriginalFilename().equals("description.pdf")) {
                mvc.perform(get("/applications/{id}", id).with(ann).locale(Locale.ENGLISH).flashAttrs(r.getFlashMap()))
                        .andExpect(content().string(containsString("id=\"file-projectDescription\" name=\"file\" type=\"file\" aria-invalid=\"true\" aria-describedby=\"file-projectDescription-error\"")))
                        .andExpect(content().string(containsString("<p class=\"field-error\" id=\"file-projectDescription-error\">" + e.getValue() + "</p>")));
            }
        }
        assertThat(jdbc().queryForObject("select count(*) from application_attachment", Integer.class)).isZero();
        // the same real PDF is accepted, with its SHA-256
        mvc.perform(multipart("/applications/{id}/attachments", id).param("fieldKey", "projectDescription").with(ann).with(csrf())
                        .file(new MockMultipartFile("file", "description.pdf", "application/octet-stream", ApplicationFixture.PDF.getBytes(StandardCharsets.US_ASCII))))
                .andExpect(flash().attributeCount(0));
        assertThat(jdbc().queryForObject("select sha256 from application_attachment", String.class))
                .isEqualTo(AttachmentService.sha256(ApplicationFixture.PDF.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aSubmissionOneSecondAfterTheDeadlineIsRefusedAndNothingIsSaved() throws Exception {
        prepare();
        actAs(ANN);
        attachments.upload(id, "projectDescription", "description.pdf", ApplicationFixture.PDF.getBytes(StandardCharsets.US_ASCII));
        long versionBefore = applications.get(id).getVersion();
        // the deadline passed one second ago (server clock)
        Instant deadline = catalogue.now().minusSeconds(1);
        jdbc().update("update funding_call set closes_at = ? where id = ?", java.sql.Timestamp.from(deadline), call.getId());

        mvc.perform(post("/applications/{id}/submit", id).with(ann).with(csrf()).locale(Locale.ENGLISH).param("idempotencyKey", "late-1"))
                .andExpect(redirectedUrl("/applications/" + id))
                .andExpect(flash().attribute("errorMessage", containsString("The call is closed: the deadline was ")))
                .andExpect(flash().attribute("errorMessage", containsString("Nothing was submitted.")));
        mvc.perform(post("/api/applications/{id}/submit", id).with(ann).with(csrf()).locale(Locale.ENGLISH).header("Idempotency-Key", "late-2"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("The call is closed")));

        assertThat(jdbc().queryForObject("select count(*) from application_submission", Integer.class)).isZero();
        assertThat(jdbc().queryForObject("select count(*) from outbound_mail where subject like 'Regia: REG-%'", Integer.class)).isZero();
        actAs(ANN);
        Application after = applications.get(id);
        assertThat(after.getStatus()).isEqualTo(Application.Status.DRAFT);
        assertThat(after.getVersion()).isEqualTo(versionBefore);
        // and a new draft cannot be started on the closed call either
        assertThatThrownBy(() -> applications.create(call.getId(), coordinator.getOrganisationId(), "Too late"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("applications.call.notOpen");
    }
}

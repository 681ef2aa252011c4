package org.regia.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regia.catalogue.Call;
import org.regia.catalogue.CatalogueService;
import org.regia.identity.Role;
import org.regia.organisations.Organisation;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 4 screens and API: a consortium partner is invited and joins from the e-mailed link; the API creates a
 * draft, saves answers and budget, refuses an incomplete submission with every error, and gives the same receipt to
 * a repeated submission with the same Idempotency-Key; officers list the call; a stale save changes nothing.
 */
class ApplicationsWebTest extends IntegrationTest {

    static final String ANN = "ann@hydro.example";
    static final String BOB = "bob@ulb.example";

    @Autowired MockMvc mvc;
    @Autowired CatalogueService catalogue;
    @Autowired OrganisationService organisations;
    @Autowired ApplicationService applications;
    @Autowired AttachmentService attachments;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aPartnerIsInvitedAndJoinsThroughTheLinkAndAStaleSaveIsRefused() throws Exception {
        createUser("officer@example.org", Role.PROGRAMME_OFFICER);
        createUser(ANN, Role.APPLICANT);
        createUser(BOB, Role.APPLICANT);
        actAs("officer@example.org");
        Call call = ApplicationFixture.openCall(catalogue, "rd-projects", catalogue.now().plusSeconds(86_400));
        actAs(ANN);
        Organisation hydro = ApplicationFixture.organisation(organisations, "Hydro SRL", OrganisationType.COMPANY, "07112233", 20, 3_000_000);
        Application a = applications.create(call.getId(), hydro.getId(), "Hydrogen buses");
        actAs(BOB);
        Organisation ulb = ApplicationFixture.organisation(organisations, "ULB", OrganisationType.UNIVERSITY, "04073824", 2000, 400_000_000);

        var ann = user(accounts.loadUserByUsername(ANN));
        var bob = user(accounts.loadUserByUsername(BOB));
        mvc.perform(post("/applications/{id}/partners", a.getId()).with(ann).with(csrf())
                        .param("version", String.valueOf(a.getVersion())).param("email", BOB).param("partnerRole", "Scientific partner"))
                .andExpect(redirectedUrl("/applications/" + a.getId() + "#partners"));
        String mail = jdbc().queryForObject("select body from outbound_mail where recipient = ? order by created_at desc limit 1",
                String.class, BOB);
        String link = mail.substring(mail.indexOf("http"));
        assertThat(link).startsWith("http://localhost:8080/applications/invitations/");
        String path = link.substring("http://localhost:8080".length()).strip();
        mvc.perform(get(path).with(bob).locale(Locale.FRENCH)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hydrogen buses")));
        mvc.perform(post(path).with(bob).with(csrf()).param("organisationId", ulb.getId().toString()))
                .andExpect(redirectedUrl("/applications/" + a.getId()));
        actAs(ANN);
        assertThat(applications.get(a.getId()).acceptedPartners()).hasSize(2);

        // a save based on an old version changes nothing and says why
        mvc.perform(post("/applications/{id}", a.getId()).with(ann).with(csrf()).locale(Locale.ENGLISH)
                        .param("version", "0").param("title", "Overwritten"))
                .andExpect(redirectedUrl("/applications/" + a.getId()));
        actAs(ANN);
        assertThat(applications.get(a.getId()).getTitle()).isEqualTo("Hydrogen buses");
        mvc.perform(get("/applications/{id}", a.getId()).with(ann).locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(containsString("ULB")))
                .andExpect(content().string(containsString("Scientific partner")));
        mvc.perform(get("/officer/applications").with(ann)).andExpect(status().isForbidden());
    }

    record OpenCall(Call call, Organisation hydro) {
    }

    /** An officer and Ann; an open R&D call; Ann's small company (Ann acts from here on). */
    OpenCall annAndAnOpenCall() {
        createUser("officer@example.org", Role.PROGRAMME_OFFICER);
        createUser(ANN, Role.APPLICANT);
        actAs("officer@example.org");
        Call call = ApplicationFixture.openCall(catalogue, "rd-projects", catalogue.now().plusSeconds(86_400));
        actAs(ANN);
        return new OpenCall(call, ApplicationFixture.organisation(organisations, "Hydro SRL", OrganisationType.COMPANY, "07112233", 20, 3_000_000));
    }

    /** In the read-only dossier (an officer looking at a draft) a question left unanswered says so, in the reader's language. */
    @Test
    void anUnansweredQuestionReadsNotAnswered() throws Exception {
        OpenCall open = annAndAnOpenCall();
        Application a = applications.create(open.call().getId(), open.hydro().getId(), "Hydrogen buses");
        var partial = ApplicationFixture.completeForm();
        partial.remove("genderDimension");
        partial.remove("domain");
        applications.save(a.getId(), a.getVersion(), null, partial, ApplicationFixture.noEthicsIssue());
        var officer = user(accounts.loadUserByUsername("officer@example.org"));
        String fr = mvc.perform(get("/applications/{id}", a.getId()).with(officer).locale(Locale.FRENCH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String answers = fr.substring(fr.indexOf("id=\"answers\""));
        // the yes/no question and the choice left open; the answered ones as given
        assertThat(answers.split("Sans réponse", -1)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(answers).contains("HYDRO").contains("Hydrogen storage for urban buses.").doesNotContain(">—<");
        mvc.perform(get("/applications/{id}", a.getId()).with(officer).locale(Locale.forLanguageTag("nl")))
                .andExpect(content().string(containsString("Niet beantwoord")));
    }

    /**
     * The dossier page reads in one read-only transaction: the application, its partners and the applicant's
     * affiliations once each, whatever number of services the page asks (it was 37 statements, the application read
     * five times and the affiliations eight).
     */
    @Test
    void theDossierPageReadsTheApplicationOnce() throws Exception {
        OpenCall open = annAndAnOpenCall();
        Application a = applications.create(open.call().getId(), open.hydro().getId(), "Hydrogen buses");
        a = applications.save(a.getId(), a.getVersion(), null, ApplicationFixture.completeForm(), ApplicationFixture.noEthicsIssue());
        attachments.upload(a.getId(), "projectDescription", "d.pdf", ApplicationFixture.PDF.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        var ann = user(accounts.loadUserByUsername(ANN));
        UUID id = a.getId();
        var recorded = org.regia.support.SqlStatements.recording(() -> {
            try {
                return mvc.perform(get("/applications/{id}", id).with(ann).locale(Locale.FRENCH)).andReturn();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(recorded.result().getResponse().getStatus()).isEqualTo(200);
        assertThat(recorded.result().getResponse().getContentAsString()).contains("Hydrogen buses").contains("d.pdf");
        List<String> sql = recorded.statements();
        assertThat(sql).filteredOn(q -> q.startsWith("select") && q.contains(" from application a1_0")).hasSize(1);
        assertThat(sql).filteredOn(q -> q.contains(" from affiliation ")).hasSize(1);
        assertThat(sql).filteredOn(q -> q.contains(" from application_partner ")).hasSize(1);
        assertThat(sql).as(String.join("\n", sql)).hasSizeLessThanOrEqualTo(20);
    }

    @Test
    void theApiTakesADraftToAReceiptOnceAndListsAllErrorsBefore() throws Exception {
        OpenCall open = annAndAnOpenCall();
        Call call = open.call();
        Organisation hydro = open.hydro();
        var ann = user(accounts.loadUserByUsername(ANN));

        String created = mvc.perform(post("/api/applications").with(ann).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"callId\":\"" + call.getId() + "\",\"organisationId\":\"" + hydro.getId() + "\",\"title\":\"Hydrogen buses\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode detail = json.readTree(created);
        UUID id = UUID.fromString(detail.get("summary").get("id").asString());

        mvc.perform(post("/api/applications/{id}/submit", id).with(ann).with(csrf()).header("Idempotency-Key", "k-1").locale(Locale.ENGLISH))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(org.hamcrest.Matchers.greaterThan(3)));

        String body = "{\"version\":" + detail.get("summary").get("version").asLong() + ",\"title\":\"Hydrogen buses\",\"formData\":"
                + ApplicationFixture.completeForm() + ",\"ethics\":{\"personalData\":false,\"dualUse\":false,\"environment\":false,\"animals\":false,\"humans\":false}}";
        String saved = mvc.perform(put("/api/applications/{id}", id).with(ann).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode partner = json.readTree(saved).get("partners").get(0);
        mvc.perform(put("/api/applications/{id}/partners/{p}/budget", id, partner.get("id").asString()).with(ann).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + partner.get("version").asLong()
                                + ",\"overheadRate\":15,\"lines\":[{\"year\":2027,\"workType\":\"EXPERIMENTAL_DEVELOPMENT\",\"category\":\"PERSONNEL\",\"amount\":100000}]}"))
                .andExpect(status().isOk())
                // small company, experimental development alone: 25 % + 20 % = 45 % of 100,000 + 15 % overheads
                .andExpect(jsonPath("$.requestedAid").value(51750.0));
        actAs(ANN);
        attachments.upload(id, "projectDescription", "description.pdf", ApplicationFixture.PDF.getBytes(StandardCharsets.US_ASCII));

        String first = mvc.perform(post("/api/applications/{id}/submit", id).with(ann).with(csrf()).header("Idempotency-Key", "k-2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String again = mvc.perform(post("/api/applications/{id}/submit", id).with(ann).with(csrf()).header("Idempotency-Key", "k-2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(again).get("receiptNumber")).isEqualTo(json.readTree(first).get("receiptNumber"));
        assertThat(jdbc().queryForObject("select count(*) from application_submission", Integer.class)).isEqualTo(1);

        var officer = user(accounts.loadUserByUsername("officer@example.org"));
        mvc.perform(get("/api/applications/calls/{c}", call.getId()).with(officer).param("status", "SUBMITTED"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].receiptNumber").value(json.readTree(first).get("receiptNumber").asString()));
        mvc.perform(get("/api/applications/calls/{c}", call.getId()).with(ann)).andExpect(status().isForbidden());
    }
}

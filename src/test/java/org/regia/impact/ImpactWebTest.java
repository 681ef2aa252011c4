package org.regia.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regia.identity.Role;
import org.regia.organisations.OrganisationDetails;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.shared.EnterpriseNumber;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 8 screens and API: who sees what, the answer form's errors in the user's language, exports, JSON. */
class ImpactWebTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SurveyService surveys;
    @Autowired
    OrganisationService organisations;

    UUID surveyId;

    @BeforeEach
    void setUp() {
        createUser("officer@example.org", Role.PROGRAMME_OFFICER);
        createUser("founder@example.org", Role.APPLICANT);
        actAs("founder@example.org");
        UUID firm = organisations.create(new OrganisationDetails("Kanal Robotics SRL", null, OrganisationType.COMPANY,
                EnterpriseNumber.fromPrefix("07334455").digits(), "Quai des Péniches 10", "1000", null, "BE", null, null)).getId();
        surveyId = surveys.schedule(new Survey.Subject(SurveyKind.BENEFICIARY, UUID.randomUUID(), null, null, null, firm,
                "COMPANY", List.of(), "RG-7", "Robot de tri", new BigDecimal("300000"), LocalDate.now().minusYears(3),
                LocalDate.now().minusYears(1), Answers.Baseline.NONE)).get(0).getId();
        surveys.run();
    }

    @Test
    void staffSeeTheAnalysesApplicantsTheirSurveysOnly() throws Exception {
        var officer = user(accounts.loadUserByUsername("officer@example.org"));
        var founder = user(accounts.loadUserByUsername("founder@example.org"));
        mvc.perform(get("/impact").with(officer).locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Impact of the portfolio")))
                .andExpect(content().string(containsString("from 0 answers out of 1 surveys sent")));
        mvc.perform(get("/impact").param("dimension", "DOMAIN").with(officer).locale(Locale.FRENCH)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Domaine stratégique")));
        mvc.perform(get("/impact/additionality").with(officer).locale(Locale.forLanguageTag("nl"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Verschil-in-verschillen")))
                .andExpect(content().string(containsString("Te weinig")));
        mvc.perform(get("/impact/surveys").with(officer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Robot de tri")));
        mvc.perform(get("/impact/export/codebook.csv").with(officer)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"));
        mvc.perform(get("/impact").with(founder)).andExpect(status().isForbidden());
        mvc.perform(get("/impact/export/microdata.csv").with(founder)).andExpect(status().isForbidden());
        mvc.perform(get("/impact/my-surveys").with(founder).locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Robot de tri")));
    }

    @Test
    void theAnswerFormListsEveryErrorInTheUsersLanguageAndSavesNothing() throws Exception {
        var founder = user(accounts.loadUserByUsername("founder@example.org"));
        mvc.perform(post("/impact/my-surveys/{id}", surveyId).with(founder).with(csrf()).locale(Locale.FRENCH)
                        .param("basedOnVersion", "0").param("staffFte", "-2").param("fteCreated", "1.344"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("« -2 » est négatif")))
                .andExpect(content().string(containsString("« 1.344 » n’est pas un nombre lisible sans ambiguïté")))
                .andExpect(content().string(containsString("Cette question demande une réponse.")));
        actAs("founder@example.org");
        assertThat(surveys.history(surveyId)).isEmpty();
    }

    @Test
    void theApiGivesIndicatorsToStaffAndTakesAnswersFromBeneficiaries() throws Exception {
        var officer = user(accounts.loadUserByUsername("officer@example.org"));
        var founder = user(accounts.loadUserByUsername("founder@example.org"));
        mvc.perform(get("/api/impact/my-surveys").with(founder)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("Robot de tri"))
                .andExpect(jsonPath("$[0].answerVersion").doesNotExist());
        mvc.perform(post("/api/impact/surveys/{id}/answers", surveyId).with(founder).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"basedOnVersion": "0", "staffFte": "6", "fteCreated": "2", "fteKept": "1",
                                 "turnover": "800000", "exportTurnover": "0", "privateFunding": "0", "publicFunding": "0",
                                 "spinOffs": "0", "patents": "0", "publications": "0", "productsLaunched": "1",
                                 "stillInRegion": "true", "withoutSupport": "NOT_AT_ALL"}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(post("/api/impact/surveys/{id}/answers", surveyId).with(founder).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"basedOnVersion\": \"1\", \"staffFte\": \"-1\"}"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/impact/indicators").param("by", "TOTAL").with(officer)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].answered").value(1))
                .andExpect(jsonPath("$[0].jobsPerMillion").value(6.7));
        mvc.perform(get("/api/impact/indicators").with(founder)).andExpect(status().isForbidden());
    }
}

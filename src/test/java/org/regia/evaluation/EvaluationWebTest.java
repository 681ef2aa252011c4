package org.regia.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.regia.identity.Role;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 5 screens: the expert pool (officers add experts; bad input changes nothing) and who may open what. */
class EvaluationWebTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void officersBuildThePoolAndBadInputAddsNobody() throws Exception {
        createUser("officer@example.org", Role.PROGRAMME_OFFICER);
        createUser("founder@example.org", Role.APPLICANT);
        createUser("anna@experts.example", Role.EXPERT);
        var officer = user(accounts.loadUserByUsername("officer@example.org"));
        mvc.perform(post("/evaluation/experts").with(officer).with(csrf()).locale(Locale.FRENCH)
                        .param("email", "claire@experts.example").param("kind", "EXTERNAL_EXPERT").param("gender", "FEMALE")
                        .param("languages", "fr").param("maxLoad", "5"))
                .andExpect(flash().attribute("errorMessage", "Le nom est obligatoire."));
        assertThat(jdbc().queryForObject("select count(*) from evaluation_expert", Integer.class)).isZero();
        mvc.perform(post("/evaluation/experts").with(officer).with(csrf())
                        .param("name", "Dr Claire Dupont").param("email", "claire@experts.example").param("kind", "EXTERNAL_EXPERT")
                        .param("gender", "FEMALE").param("languages", "fr").param("languages", "en")
                        .param("keywords", "vision, robotique").param("maxLoad", "5"))
                .andExpect(flash().attribute("expertCreated", "Dr Claire Dupont"));
        mvc.perform(get("/evaluation/experts").with(officer).locale(Locale.forLanguageTag("nl"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dr Claire Dupont")))
                .andExpect(content().string(containsString("Externe expert")));
        mvc.perform(get("/evaluation/experts").with(user(accounts.loadUserByUsername("founder@example.org")))).andExpect(status().isForbidden());
        mvc.perform(get("/evaluation").with(user(accounts.loadUserByUsername("anna@experts.example")))).andExpect(status().isForbidden());
        mvc.perform(get("/evaluation/reviews").with(user(accounts.loadUserByUsername("anna@experts.example")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing is assigned to you yet.")));
    }
}

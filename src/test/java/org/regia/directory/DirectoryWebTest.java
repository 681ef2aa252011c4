package org.regia.directory;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.regia.identity.Role;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Every directory page renders for the roles that may see it, and refuses the others. */
class DirectoryWebTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesRenderForTheirRoles() throws Exception {
        createUser("officer@example.org", Role.PROGRAMME_OFFICER);
        createUser("firm@example.org", Role.APPLICANT);
        var officer = user(accounts.loadUserByUsername("officer@example.org"));
        var firm = user(accounts.loadUserByUsername("firm@example.org"));
        mvc.perform(get("/public/directory").locale(Locale.FRENCH)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Répertoire de l’écosystème")));
        mvc.perform(get("/directory/overlap").with(officer).locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Number of actors per stage and domain")));
        mvc.perform(get("/directory/overlap").with(firm)).andExpect(status().isForbidden());
        for (String page : new String[] {"/directory/need", "/directory/referrals", "/directory/board", "/directory/manage", "/vouchers"}) {
            mvc.perform(get(page).with(firm).locale(Locale.forLanguageTag("nl"))).andExpect(status().isOk());
            mvc.perform(get(page).with(officer)).andExpect(status().isOk());
        }
        mvc.perform(get("/directory/need").accept("text/html")).andExpect(status().is3xxRedirection());
    }

    @Test
    void anIncompleteNeedIsAnsweredWithFieldErrors() throws Exception {
        createUser("firm@example.org", Role.APPLICANT);
        mvc.perform(post("/directory/need").with(user(accounts.loadUserByUsername("firm@example.org"))).with(csrf())
                        .locale(Locale.ENGLISH).param("description", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Say who you are.")));
    }
}

package org.regia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.regia.notifications.CapturedMailbox;
import org.regia.notifications.OutboundMail;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class RegistrationAndLoginTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CapturedMailbox mailbox;

    @Test
    void applicantRegistersVerifiesTheEmailAndLogsIn() throws Exception {
        mvc.perform(post("/register").with(csrf()).locale(Locale.forLanguageTag("nl"))
                        .param("displayName", "Lotte Claes").param("email", "Lotte@Example.org")
                        .param("password", "long-enough-pw").param("confirmPassword", "long-enough-pw"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Lotte@Example.org")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bekijk uw e-mail")));

        // not active before the e-mail is verified
        mvc.perform(formLogin().user("lotte@example.org").password("long-enough-pw"))
                .andExpect(redirectedUrl("/login?error=unverified"));

        List<OutboundMail> mails = mailbox.to("lotte@example.org");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Regia: activeer uw account");
        Matcher link = Pattern.compile("/verify\\?token=([\\w-]+)").matcher(mails.get(0).getBody());
        assertThat(link.find()).isTrue();

        mvc.perform(get("/verify").param("token", "not-the-token")).andExpect(content().string(
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("verified-ok"))));
        mvc.perform(get("/verify").param("token", link.group(1)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("verified-ok")));
        // a token works once
        assertThat(accounts.verifyEmail(link.group(1))).isFalse();

        mvc.perform(formLogin().user("lotte@example.org").password("long-enough-pw"))
                .andExpect(redirectedUrl("/home"));
        assertThat(accounts.byEmail("lotte@example.org").orElseThrow().getRoles()).containsExactly(Role.APPLICANT);
    }

    @Test
    void aSecondRegistrationWithTheSameEmailIsRefusedAtTheField() throws Exception {
        createUser("taken@example.org", Role.APPLICANT);
        mvc.perform(post("/register").with(csrf()).locale(Locale.FRENCH)
                        .param("displayName", "Autre").param("email", "TAKEN@example.org")
                        .param("password", "long-enough-pw").param("confirmPassword", "long-enough-pw"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Un compte existe déjà avec cette adresse e-mail.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"email-error\"")));
        assertThat(jdbc().queryForObject("select count(*) from user_account", Integer.class)).isEqualTo(1);
        assertThat(mailbox.to("taken@example.org")).isEmpty();
    }

    @Test
    void badRegistrationInputNamesEachFieldAndSavesNothing() throws Exception {
        mvc.perform(post("/register").with(csrf()).locale(Locale.ENGLISH)
                        .param("displayName", "").param("email", "not-an-address")
                        .param("password", "short").param("confirmPassword", "other"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"displayName-error\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"email-error\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The two passwords differ.")));
        mvc.perform(post("/register").with(csrf()).locale(Locale.ENGLISH)
                        .param("displayName", "Short Pw").param("email", "short@example.org")
                        .param("password", "short").param("confirmPassword", "short"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("at least 10 characters")));
        assertThat(jdbc().queryForObject("select count(*) from user_account", Integer.class)).isZero();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
        createUser("target@example.org", Role.APPLICANT);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user("target@example.org").password("wrong-" + i))
                    .andExpect(redirectedUrl("/login?error=credentials"));
        }
        mvc.perform(formLogin().user("target@example.org").password(PASSWORD))
                .andExpect(redirectedUrl("/login?error=locked"));
        assertThat(accounts.byEmail("target@example.org").orElseThrow().getLockedUntil()).isNotNull();
    }

    @Test
    void pagesAreDeniedByDefaultAndAdminPagesNeedTheAdminRole() throws Exception {
        mvc.perform(get("/organisations").accept("text/html")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/").accept("text/html")).andExpect(status().isOk());
        createUser("applicant@example.org", Role.APPLICANT);
        createUser("admin@example.org", Role.ADMIN);
        mvc.perform(get("/admin/users").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(accounts.loadUserByUsername("applicant@example.org"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(accounts.loadUserByUsername("admin@example.org"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("applicant@example.org")));
    }

    @Test
    void postsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/register").param("email", "x@example.org")).andExpect(status().isForbidden());
        assertThat(jdbc().queryForObject("select count(*) from user_account", Integer.class)).isZero();
    }
}

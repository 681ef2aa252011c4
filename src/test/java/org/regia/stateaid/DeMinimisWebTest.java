package org.regia.stateaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.regia.identity.Role;
import org.regia.shared.EnterpriseNumber;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class DeMinimisWebTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aFinanceOfficerRecordsAidAndIsStoppedAtTheCeilingWithTheFigures() throws Exception {
        createUser("finance@example.org", Role.FINANCE_OFFICER);
        createUser("ann@example.org", Role.APPLICANT);
        var finance = user(accounts.loadUserByUsername("finance@example.org"));
        String number = EnterpriseNumber.fromPrefix("07112233").formatted();

        mvc.perform(post("/stateaid/de-minimis").with(finance).with(csrf()).locale(Locale.ENGLISH)
                        .param("undertaking", number).param("grantingBody", "Innoviris").param("reference", "VOUCHER-1")
                        .param("amount", "290000").param("grantedOn", "2026-01-15"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Saved.")));
        mvc.perform(post("/stateaid/de-minimis").with(finance).with(csrf()).locale(Locale.ENGLISH)
                        .param("undertaking", number).param("grantingBody", "hub.brussels").param("reference", "PRIME-7")
                        .param("amount", "10000.01").param("grantedOn", "2026-02-01"))
                .andExpect(content().string(Matchers.containsString("id=\"amount-error\"")))
                .andExpect(content().string(Matchers.containsString("EUR 290000.00 already granted between 2023-02-02 and 2026-02-01, headroom EUR 10000.00")));
        assertThat(jdbc().queryForObject("select count(*) from de_minimis_aid", Integer.class)).isEqualTo(1);

        mvc.perform(get("/api/stateaid/de-minimis/" + number.replace(".", "")).param("amount", "10000").param("on", "2026-02-01")
                        .with(httpBasic("finance@example.org", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headroom").value(10000.00))
                .andExpect(jsonPath("$.exceeds").value(false));
        mvc.perform(get("/api/stateaid/de-minimis/" + number).param("on", "2026-02-01").with(httpBasic("ann@example.org", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/stateaid/de-minimis").with(user(accounts.loadUserByUsername("ann@example.org"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theIntensityApiExplainsTheCalculationInTheCallersLanguage() throws Exception {
        createUser("ann@example.org", Role.APPLICANT);
        mvc.perform(get("/api/stateaid/intensity").with(httpBasic("ann@example.org", PASSWORD)).header("Accept-Language", "nl")
                        .param("rules", "FLEMISH_RD").param("work", "EXPERIMENTAL_DEVELOPMENT").param("size", "SMALL")
                        .param("collaboration", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.percent").value(50))
                .andExpect(jsonPath("$.explanation[3]").value("55% ligt boven het plafond: begrensd op 50%"));
    }
}

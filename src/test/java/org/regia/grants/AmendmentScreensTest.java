package org.regia.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regia.evaluation.FundingDecided;
import org.regia.identity.Role;
import org.regia.organisations.OrganisationDetails;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.shared.EnterpriseNumber;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The amendment screens and API: forms with field errors (nothing saved), auto-approval, comparison, access rules. */
class AmendmentScreensTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    GrantService grants;
    @Autowired
    OrganisationService organisations;

    Grant grant;
    UUID firm;
    UUID lab;

    @BeforeEach
    void setUp() {
        createUser("officer@example.org", Role.PROGRAMME_OFFICER);
        createUser("committee@example.org", Role.COMMITTEE);
        createUser("bob@example.org", Role.APPLICANT);
        actAs("officer@example.org");
        firm = organisations.create(new OrganisationDetails("Zinneke Software BV", null, OrganisationType.COMPANY,
                EnterpriseNumber.fromPrefix("07112233").digits(), "Rue 1", "1000", null, "BE", null, null)).getId();
        lab = organisations.create(new OrganisationDetails("Laboratoire Iris ASBL", null, OrganisationType.NON_PROFIT,
                EnterpriseNumber.fromPrefix("04445556").digits(), "Rue 2", "1050", null, "BE", null, null)).getId();
        grant = grants.fromDecision(new FundingDecided(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "APP-2026-0042", "Urban freight digital twin", true, Instant.parse("2026-05-12T10:00:00Z"),
                LocalDate.of(2026, 7, 1), LocalDate.of(2028, 6, 30),
                List.of(new FundingDecided.PartnerAward(firm, true, new BigDecimal("300000.00")),
                        new FundingDecided.PartnerAward(lab, false, new BigDecimal("100000.00")))));
    }

    private RequestPostProcessor as(String email) {
        return user(accounts.loadUserByUsername(email));
    }

    private MockHttpServletRequestBuilder shift(String firm2027, String lab2027) {
        String base = "/grants/" + grant.getId() + "/amendments/budget-shift";
        return post(base).with(csrf())
                .param(AgreementSnapshot.field(firm, 2026), "75513.00").param(AgreementSnapshot.field(firm, 2027), firm2027)
                .param(AgreementSnapshot.field(firm, 2028), "74692.20").param(AgreementSnapshot.field(lab, 2026), "25171.00")
                .param(AgreementSnapshot.field(lab, 2027), lab2027).param(AgreementSnapshot.field(lab, 2028), "24897.40");
    }

    @Test
    void formsShowErrorsAtTheirFieldAndAShiftWithinTheToleranceIsApprovedAtOnce() throws Exception {
        String page = "/grants/" + grant.getId() + "/amendments";
        mvc.perform(get("/grants/" + grant.getId()).with(as("officer@example.org"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/grants/" + grant.getId() + "/amendments/panel\"")));
        mvc.perform(get(page + "/panel").with(as("officer@example.org")).locale(Locale.FRENCH)).andExpect(status().isOk())
                .andExpect(content().string(containsString("La version 1 de la convention est en vigueur.")));
        mvc.perform(get(page).with(as("officer@example.org")).locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Request the new end date")))
                .andExpect(content().string(containsString("EUR 40.000,00")));

        mvc.perform(post(page + "/end-date").param("end", "2026-01-31").param("reason", "Earlier").with(csrf())
                        .with(as("officer@example.org")).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"end-error\"")))
                .andExpect(content().string(containsString("The end date cannot be before the start of the project (2026-07-01).")));
        mvc.perform(shift("149794.80", "-5").with(as("officer@example.org")).param("reason", "x").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"" + AgreementSnapshot.field(lab, 2027) + "-error\"")))
                .andExpect(content().string(containsString("Un montant ne peut pas être négatif.")));
        mvc.perform(shift("159794.80", "49931.60").with(as("officer@example.org")).param("reason", "more").locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("an amendment never raises the total")));
        assertThat(jdbc().queryForObject("select count(*) from grants_amendment", Integer.class)).isZero();

        mvc.perform(shift("154794.80", "44931.60").with(as("officer@example.org")).param("reason", "Survey moved to the coordinator"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("doneMessage", containsString("version 2")));
        assertThat(jdbc().queryForObject("select auto_approved from grants_amendment", Boolean.class)).isTrue();

        mvc.perform(get(page + "/compare").param("from", "1").param("to", "2").with(as("committee@example.org")).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("149.794,80")))
                .andExpect(content().string(containsString("154.794,80")))
                .andExpect(content().string(containsString("Laboratoire Iris ASBL · 2027")));
        mvc.perform(get(page).with(as("committee@example.org"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("end-date-form"))));
    }

    @Test
    void theApiRequestsDecidesAndComparesAndOutsidersAreRefused() throws Exception {
        String api = "/api/grants/" + grant.getId();
        mvc.perform(post(api + "/amendments").with(as("officer@example.org")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"BUDGET_SHIFT\",\"reason\":\"top-up\",\"amounts\":[{\"organisationId\":\"" + firm
                                + "\",\"year\":2027,\"amount\":200000}]}"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("amounts")));
        mvc.perform(post(api + "/amendments").with(as("officer@example.org")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"END_DATE\",\"reason\":\"Pilot site delayed\",\"end\":\"2028-12-31\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("PENDING"))
                .andExpect(jsonPath("$.changes[0].aspect").value("END"));
        mvc.perform(post(api + "/amendments/1/approve").with(as("officer@example.org")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(api + "/amendments/1/approve").with(as("committee@example.org")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"ok\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.resultVersion").value(2));
        mvc.perform(get(api + "/versions").with(as("committee@example.org"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get(api + "/versions/2").with(as("committee@example.org"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.end").value("2028-12-31"));
        mvc.perform(get(api + "/versions/1/compare/2").with(as("committee@example.org"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].aspect").value("END"))
                .andExpect(jsonPath("$[0].before").value("2028-06-30"));
        mvc.perform(get(api + "/amendments").with(as("bob@example.org"))).andExpect(status().isForbidden());
        mvc.perform(get("/grants/" + grant.getId() + "/amendments").with(as("bob@example.org"))).andExpect(status().isForbidden());
    }
}

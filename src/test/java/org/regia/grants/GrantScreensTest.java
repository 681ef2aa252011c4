package org.regia.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The grant screens and the financial officer's payment queue, through HTTP with CSRF and roles. */
class GrantScreensTest extends IntegrationTest {

    static final String LINE = "12.021.38.09.3132";

    @Autowired
    MockMvc mvc;
    @Autowired
    AgreementService agreements;
    @Autowired
    GrantService grants;
    @Autowired
    FinanceLedger ledger;
    @Autowired
    OrganisationService organisations;

    Grant grant;

    @BeforeEach
    void setUp() {
        createUser("finance@example.org", Role.FINANCE_OFFICER);
        createUser("officer@example.org", Role.PROGRAMME_OFFICER);
        createUser("bob@example.org", Role.APPLICANT);
        actAs("finance@example.org");
        UUID firm = organisations.create(new OrganisationDetails("Zinneke Software BV", null, OrganisationType.COMPANY,
                EnterpriseNumber.fromPrefix("07112233").digits(), "Rue 1", "1000", null, "BE", null, null)).getId();
        grant = grants.fromDecision(new FundingDecided(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "APP-2026-0007", "Bruxelles circulaire", true, Instant.parse("2026-03-02T09:00:00Z"),
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 31),
                List.of(new FundingDecided.PartnerAward(firm, true, new BigDecimal("50000.00")))));
        ledger.addCredit(LINE, 2026, new BigDecimal("100000"));
    }

    private RequestPostProcessor as(String email) {
        return user(accounts.loadUserByUsername(email));
    }

    @Test
    void officersSeeAndSignTheAgreementAndFinanceCommitsItButOutsidersGetNothing() throws Exception {
        mvc.perform(get("/grants").with(as("officer@example.org")).locale(Locale.FRENCH)).andExpect(status().isOk())
                .andExpect(content().string(containsString(grant.getReference())));
        mvc.perform(get("/grants/" + grant.getId()).with(as("officer@example.org")).locale(Locale.FRENCH))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Avance")))
                .andExpect(content().string(containsString("Signer pour L’institut")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Signer pour Le cabinet"))));
        mvc.perform(post("/grants/" + grant.getId() + "/sign").param("signatory", "INSTITUTE").with(as("officer@example.org")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc().queryForObject("select signed_by from grants_signoff where grant_id = ?", String.class, grant.getId()))
                .isEqualTo("officer@example.org");

        mvc.perform(post("/grants/" + grant.getId() + "/commit").param("budgetLine", "12.021.38").with(as("finance@example.org")).with(csrf()))
                .andExpect(flash().attribute("errorMessage", containsString("12.021.38.09.3132")));
        mvc.perform(post("/grants/" + grant.getId() + "/commit").param("budgetLine", LINE).with(as("finance@example.org")).with(csrf()))
                .andExpect(flash().attributeExists("done"));
        assertThat(ledger.figures(LINE, 2026).committed()).isEqualByComparingTo("50000");

        mvc.perform(get("/api/grants/" + grant.getId()).with(as("officer@example.org")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.reference").value(grant.getReference()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.paymentSchedule[0].kind").value("ADVANCE"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.signOffs[0].signedBy").value("officer@example.org"));
        mvc.perform(get("/api/grants").with(as("bob@example.org"))).andExpect(status().isOk())
                .andExpect(content().string("[]"));
        mvc.perform(get("/grants/" + grant.getId()).with(as("bob@example.org"))).andExpect(status().isForbidden());
        mvc.perform(get("/grants/" + grant.getId() + "/agreement-nl.pdf").with(as("bob@example.org"))).andExpect(status().isForbidden());
        mvc.perform(post("/grants/" + grant.getId() + "/commit").param("budgetLine", LINE).with(as("officer@example.org")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theFinanceOfficerApprovesAndPostsFromTheQueueAndExportsPaymentOrders() throws Exception {
        agreements.commitAgreement(grant.getId(), LINE, null);
        Payment advance = ledger.requestPayment(grant.getId(), LINE, 2026, new BigDecimal("15000.00"), "Avance 30 %");
        Payment tooMuch = ledger.requestPayment(grant.getId(), LINE, 2026, new BigDecimal("40000.00"), "Solde");

        mvc.perform(get("/grants/payments").with(as("finance@example.org")).locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Avance 30 %")));
        mvc.perform(post("/grants/payments/" + advance.getId() + "/approve").with(as("finance@example.org")).with(csrf()))
                .andExpect(flash().attributeExists("done"));
        mvc.perform(post("/grants/payments/" + advance.getId() + "/post").with(as("finance@example.org")).with(csrf()))
                .andExpect(flash().attributeExists("done"));
        mvc.perform(post("/grants/payments/" + advance.getId() + "/post").with(as("finance@example.org")).with(csrf()))
                .andExpect(flash().attributeExists("done"));
        assertThat(ledger.figures(LINE, 2026).liquidated()).as("a retried post pays once").isEqualByComparingTo("15000");

        mvc.perform(post("/grants/payments/" + tooMuch.getId() + "/approve").with(as("finance@example.org")).with(csrf()).locale(Locale.ENGLISH))
                .andExpect(flash().attribute("errorMessage", containsString("would exceed what is committed")));
        mvc.perform(post("/grants/payments/" + advance.getId() + "/approve").with(as("officer@example.org")).with(csrf()))
                .andExpect(status().isForbidden());

        String csv = mvc.perform(get("/grants/payments/orders.csv").param("from", "2000-01-01").param("to", "2100-01-01")
                        .with(as("finance@example.org")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv.split("\r\n")[1]).startsWith(advance.getId() + ";" + grant.getReference() + ";Zinneke Software BV;BE-BCE_KBO-0711223")
                .contains(";" + LINE + ";2026;15000.00;Avance 30 %;");
        byte[] xlsx = mvc.perform(get("/grants/payments/orders.xlsx").param("from", "2000-01-01").param("to", "2100-01-01")
                .with(as("finance@example.org"))).andReturn().getResponse().getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(6).getNumericCellValue()).isEqualTo(15000.0);
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }
    }
}

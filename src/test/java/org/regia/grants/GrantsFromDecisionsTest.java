package org.regia.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regia.evaluation.FundingDecided;
import org.regia.evaluation.FundingDecided.PartnerAward;
import org.regia.identity.Role;
import org.regia.organisations.OrganisationDetails;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.shared.DomainException;
import org.regia.shared.EnterpriseNumber;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 6 (grant from a funding decision) and the chain it starts: a final decision to fund a consortium becomes one
 * grant with the partners' shares, however often the event arrives; the GrantAwarded event it publishes makes the
 * impact module schedule the surveys and the open-data module publish the grant.
 */
class GrantsFromDecisionsTest extends IntegrationTest {

    @Autowired
    GrantService grants;
    @Autowired
    GrantRepository repository;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MockMvc mvc;

    UUID firm;
    UUID university;

    @BeforeEach
    void setUp() {
        createUser("finance@example.org", Role.FINANCE_OFFICER);
        actAs("finance@example.org");
        firm = organisations.create(new OrganisationDetails("Zinneke Software BV", null, OrganisationType.COMPANY,
                EnterpriseNumber.fromPrefix("07112233").digits(), "Rue Royale 97", "1000", null, "BE", null, null)).getId();
        university = organisations.create(new OrganisationDetails("Vrije Universiteit Brussel", null, OrganisationType.UNIVERSITY,
                EnterpriseNumber.fromPrefix("04490124").digits(), "Pleinlaan 2", "1050", null, "BE", null, null)).getId();
    }

    FundingDecided decision(UUID id, List<PartnerAward> awards) {
        return new FundingDecided(id, UUID.randomUUID(), UUID.randomUUID(), null, "APP-2026-0042",
                "Jumeau numérique du fret urbain", true, Instant.parse("2026-10-15T09:00:00Z"), null, null, awards);
    }

    @Test
    void aFundingDecisionBecomesOneGrantWithTheSharesAndStartsSurveysAndOpenData() throws Exception {
        UUID decisionId = UUID.randomUUID();
        FundingDecided d = decision(decisionId, List.of(new PartnerAward(firm, true, new BigDecimal("350000.00")),
                new PartnerAward(university, false, new BigDecimal("150000.00"))));
        tx.executeWithoutResult(s -> events.publishEvent(d));
        tx.executeWithoutResult(s -> events.publishEvent(d));
        await().atMost(Duration.ofSeconds(20)).until(() -> repository.findByDecisionId(decisionId).isPresent());

        Grant g = repository.findByDecisionId(decisionId).orElseThrow();
        assertThat(repository.count()).isEqualTo(1);
        assertThat(g.getReference()).matches("RG-2026-\\d{4}");
        assertThat(g.getOrganisationId()).isEqualTo(firm);
        assertThat(g.getAwarded()).isEqualByComparingTo("500000");
        // no planned dates: first day of the next month, two years
        assertThat(g.getStart()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(g.getEnd()).isEqualTo(LocalDate.of(2028, 10, 31));
        assertThat(g.getApplicationId()).isEqualTo(d.applicationId());
        assertThat(grants.partners(g.getId())).extracting(GrantPartner::getOrganisationId, GrantPartner::isCoordinator)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(firm, true), org.assertj.core.groups.Tuple.tuple(university, false));

        // GrantAwarded → impact schedules the +1 and +3 year surveys, open data publishes the grant
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc().queryForObject(
                "select count(*) from impact_survey where grant_id = ?", Long.class, g.getId()) == 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc().queryForObject(
                "select count(*) from opendata_external_grant where title = ?", Long.class, g.getTitle()) == 1);
        assertThat(jdbc().queryForObject("select recipient_id from opendata_external_grant where title = ?", String.class,
                g.getTitle())).isEqualTo(EnterpriseNumber.fromPrefix("07112233").orgId());

        var finance = user(accounts.loadUserByUsername("finance@example.org"));
        mvc.perform(get("/grants").with(finance).locale(Locale.FRENCH)).andExpect(status().isOk())
                .andExpect(content().string(containsString(g.getReference())))
                .andExpect(content().string(containsString("Décision de financement")));
        mvc.perform(get("/grants/{id}", g.getId()).with(finance).locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vrije Universiteit Brussel")))
                .andExpect(content().string(containsString("150.000,00")));
        mvc.perform(get("/api/grants/{id}", g.getId()).with(finance)).andExpect(status().isOk())
                .andExpect(jsonPath("$.partners.length()").value(2))
                .andExpect(jsonPath("$.decisionId").value(decisionId.toString()));
        createUser("founder@example.org", Role.APPLICANT);
        var outsider = user(accounts.loadUserByUsername("founder@example.org"));
        mvc.perform(get("/grants").with(outsider)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(g.getReference()))));
        mvc.perform(get("/grants/{id}", g.getId()).with(outsider)).andExpect(status().isForbidden());
        mvc.perform(get("/api/grants/{id}", g.getId()).with(outsider)).andExpect(status().isForbidden());
    }

    @Test
    void aDecisionThatFundsNothingOrNamesNoCoordinatorCreatesNothing() {
        assertThatThrownBy(() -> grants.fromDecision(decision(UUID.randomUUID(),
                List.of(new PartnerAward(firm, false, new BigDecimal("100000"))))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("grants.decision.noCoordinator"));
        assertThatThrownBy(() -> grants.fromDecision(decision(UUID.randomUUID(), List.of())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("grants.decision.nothingAwarded"));
        assertThat(repository.count()).isZero();
    }
}

package org.regia.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regia.catalogue.CatalogueService;
import org.regia.catalogue.InnovationDomain;
import org.regia.catalogue.Programme;
import org.regia.grants.GrantAwarded;
import org.regia.identity.Role;
import org.regia.opendata.internal.GivingSchema;
import org.regia.opendata.internal.RegiaGrantsPublisher;
import org.regia.organisations.OrganisationDetails;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.shared.EnterpriseNumber;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Regia's own awarded grants become the open dataset "regia-grants" from the grants module's {@link GrantAwarded}
 * event: 360Giving export validated against the official schema (recipient org-id from the enterprise number,
 * programme, strategic domains as classifications, Brussels as beneficiary location), CSV, and the public API with
 * the domain and beneficiary-type filters.
 */
class RegiaGrantsOpenDataTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    OrganisationService organisations;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    RegiaGrantsPublisher publisher;
    @Autowired
    GivingSchema schema;

    final JsonMapper json = JsonMapper.shared();
    UUID firm;
    UUID university;
    Programme health;
    Programme digitalOnly;

    @BeforeEach
    void setUp() {
        createUser("officer@example.org", Role.PROGRAMME_OFFICER);
        actAs("officer@example.org");
        catalogue.loadProgrammes2023IfEmpty();
        List<Programme> all = catalogue.search(org.regia.catalogue.CatalogueFilter.none(), java.util.Locale.FRENCH);
        health = all.stream().filter(p -> p.getDomains().contains(InnovationDomain.HEALTH)).findFirst().orElseThrow();
        digitalOnly = all.stream().filter(p -> !p.getDomains().contains(InnovationDomain.HEALTH) && !p.getDomains().isEmpty())
                .findFirst().orElseThrow();
        firm = organisations.create(new OrganisationDetails("Zinneke Software BV", null, OrganisationType.COMPANY,
                EnterpriseNumber.fromPrefix("07112233").digits(), "Rue Haute 1", "1000", null, "BE", null, null)).getId();
        university = organisations.create(new OrganisationDetails("Universiteit Gent", null, OrganisationType.UNIVERSITY,
                EnterpriseNumber.fromPrefix("02480157").digits(), "Sint-Pietersnieuwstraat 25", "9000", null, "BE", null, null)).getId();
    }

    private GrantAwarded award(String reference, UUID organisation, Programme programme, UUID callId, String amount) {
        return new GrantAwarded(UUID.randomUUID(), reference, organisation, UUID.randomUUID(), callId,
                programme == null ? null : programme.getId(), "Project " + reference, new BigDecimal(amount),
                LocalDate.of(2026, 9, 1), LocalDate.of(2028, 8, 31), Instant.parse("2026-06-15T09:30:00Z"));
    }

    private void publishInTransaction(GrantAwarded e) {
        tx.executeWithoutResult(s -> events.publishEvent(e));
    }

    private JsonNode getJson(String url) throws Exception {
        return json.readTree(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
    }

    @Test
    void anAwardedGrantIsPublishedOnceAndItsExportValidatesAgainstThe360GivingSchema() throws Exception {
        GrantAwarded e = award("RGA-2026-001", firm, health, UUID.randomUUID(), "150000.00");
        publishInTransaction(e);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc().queryForObject(
                "select count(*) from opendata_external_grant", Integer.class) == 1);
        // the registry re-delivers an event whose listener did not finish: nothing is added twice
        assertThat(publisher.publish(e)).isFalse();

        JsonNode datasets = getJson("/api/public/opendata/datasets");
        JsonNode own = null;
        for (JsonNode d : datasets) {
            if (d.path("key").asString().equals(RegiaGrantsPublisher.KEY)) {
                own = d;
            }
        }
        assertThat(own).as("regia-grants is listed").isNotNull();
        assertThat(own.path("external").asBoolean()).isFalse();
        assertThat(own.path("grants").asInt()).isEqualTo(1);

        byte[] body = mvc.perform(get("/public/opendata/datasets/regia-grants/360giving.json"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        JsonNode pkg = json.readTree(body);
        assertThat(schema.validate(pkg)).isEmpty();
        JsonNode g = pkg.path("grants").get(0);
        assertThat(g.path("id").asString()).isEqualTo("360G-regia-RGA-2026-001");
        assertThat(g.path("amountAwarded").decimalValue()).isEqualByComparingTo("150000.00");
        assertThat(g.path("awardDate").asString()).isEqualTo("2026-06-15");
        assertThat(g.path("recipientOrganization").get(0).path("id").asString())
                .isEqualTo(EnterpriseNumber.parse(EnterpriseNumber.fromPrefix("07112233").digits()).orgId());
        assertThat(g.path("recipientOrganization").get(0).path("name").asString()).isEqualTo("Zinneke Software BV");
        assertThat(g.path("grantProgramme").get(0).path("title").asString()).contains(health.getName().fr());
        assertThat(g.path("fromOpenCall").asString()).isEqualTo("Yes");
        assertThat(g.path("beneficiaryLocation").get(0).path("name").asString()).contains("Bruxelles-Capitale");
        List<String> classifications = new ArrayList<>();
        g.path("classifications").forEach(c -> classifications.add(c.path("title").asString()));
        assertThat(classifications).hasSize(health.getDomains().size())
                .anyMatch(t -> t.startsWith("Santé et soins personnalisés et intégrés / Gepersonaliseerde"));
        assertThat(g.path("plannedDates").get(0).path("endDate").asString()).isEqualTo("2028-08-31");

        String csv = mvc.perform(get("/public/opendata/datasets/regia-grants.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("360G-regia-RGA-2026-001").contains("Zinneke Software BV");
    }

    @Test
    void thePublicApiFiltersRegiaGrantsByDomainBeneficiaryTypeProgrammeAndYearAndRefusesAnUnknownDomain() throws Exception {
        publisher.publish(award("RGA-1", firm, health, UUID.randomUUID(), "100000.00"));
        publisher.publish(award("RGA-2", university, health, null, "250000.00"));
        publisher.publish(award("RGA-3", firm, digitalOnly, UUID.randomUUID(), "40000.00"));

        JsonNode byDomain = getJson("/api/public/opendata/grants?dataset=regia-grants&domain=HEALTH");
        assertThat(byDomain.path("totalElements").asLong()).isEqualTo(2);
        JsonNode byType = getJson("/api/public/opendata/grants?dataset=regia-grants&domain=HEALTH&recipientType=UNIVERSITY");
        assertThat(byType.path("totalElements").asLong()).isEqualTo(1);
        JsonNode uni = byType.path("content").get(0);
        assertThat(uni.path("identifier").asString()).isEqualTo("RGA-2");
        assertThat(uni.path("beneficiaryLocation").isNull()).as("Ghent is outside the Brussels region").isTrue();
        assertThat(uni.path("fromOpenCall").asBoolean()).isFalse();
        assertThat(getJson("/api/public/opendata/grants?dataset=regia-grants&year=2026").path("totalElements").asLong()).isEqualTo(3);
        assertThat(getJson("/api/public/opendata/grants?dataset=regia-grants&year=2025").path("totalElements").asLong()).isZero();

        // the dataset's count and total are kept up to date
        assertThat(jdbc().queryForObject("select grant_count from opendata_dataset where dataset_key = 'regia-grants'",
                Integer.class)).isEqualTo(3);
        assertThat(jdbc().queryForObject("select total_amount from opendata_dataset where dataset_key = 'regia-grants'",
                BigDecimal.class)).isEqualByComparingTo("390000.00");

        String problem = mvc.perform(get("/api/public/opendata/grants?domain=SPACE"))
                .andExpect(status().is4xxClientError()).andReturn().getResponse().getContentAsString();
        assertThat(problem).contains("SPACE").contains("HEALTH").contains("domain");
    }
}

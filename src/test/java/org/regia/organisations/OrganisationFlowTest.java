package org.regia.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regia.audit.RecordHistory;
import org.regia.identity.Role;
import org.regia.shared.DomainException;
import org.regia.shared.EnterpriseNumber;
import org.regia.shared.NotFoundException;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;

class OrganisationFlowTest extends IntegrationTest {

    static final String ZINNEKE = EnterpriseNumber.fromPrefix("07112233").formatted();

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganisationService organisations;
    @Autowired
    RecordHistory history;

    @BeforeEach
    void users() {
        createUser("ann@example.org", Role.APPLICANT);
        createUser("bob@example.org", Role.APPLICANT);
        createUser("officer@example.org", Role.PROGRAMME_OFFICER);
        createUser("admin@example.org", Role.ADMIN);
    }

    private static OrganisationDetails details(String number, String postcode) {
        return new OrganisationDetails("Zinneke Software BV", "Zinneke", OrganisationType.COMPANY, number,
                "Rue Royale 97", postcode, null, "BE", "62.010", null);
    }

    @Test
    void anApplicantCreatesAnOrganisationAndOnlyItsMembersSeeIt() {
        actAs("ann@example.org");
        Organisation org = organisations.create(details("BE" + ZINNEKE.replace(".", ""), "1000"));
        assertThat(org.getEnterpriseNumber()).contains(EnterpriseNumber.parse(ZINNEKE));
        assertThat(org.isInBrusselsRegion()).isTrue();
        assertThat(organisations.search("", Pageable.ofSize(10)).getContent()).extracting(Organisation::getId).containsExactly(org.getId());
        assertThat(organisations.affiliations(org.getId())).singleElement()
                .satisfies(a -> assertThat(a.getRole()).isEqualTo(AffiliationRole.CONTACT));

        actAs("bob@example.org");
        assertThat(organisations.search("", Pageable.ofSize(10)).getContent()).isEmpty();
        assertThatThrownBy(() -> organisations.get(org.getId())).isInstanceOf(NotFoundException.class);

        actAs("officer@example.org");
        assertThat(organisations.search("zinn", Pageable.ofSize(10)).getContent()).hasSize(1);
        assertThat(organisations.search("07112", Pageable.ofSize(10)).getContent()).hasSize(1);
    }

    @Test
    void badInputIsRefusedAtTheFieldAndNothingIsSaved() {
        actAs("ann@example.org");
        assertField(() -> organisations.create(details("0123.456.748", "1000")), "enterpriseNumber", "enterpriseNumber.checksum");
        assertField(() -> organisations.create(details(ZINNEKE, "100")), "postcode", "address.postcodeBelgian");
        organisations.create(details(ZINNEKE, "1000"));
        assertField(() -> organisations.create(details(ZINNEKE.replace(".", ""), "1050")), "enterpriseNumber", "organisation.duplicateNumber");
        assertThat(jdbc().queryForObject("select count(*) from organisation", Integer.class)).isEqualTo(1);
        UUID id = jdbc().queryForObject("select id from organisation", UUID.class);
        assertField(() -> organisations.recordFigures(id, new YearFigures(2024, new BigDecimal("-3"), null, null)), "staff", "organisation.figures.negative");
        assertThat(jdbc().queryForObject("select count(*) from organisation_figures", Integer.class)).isZero();
    }

    private static void assertField(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void figuresGiveTheSizeClassAndCorrectionsReplaceTheYear() {
        actAs("ann@example.org");
        Organisation org = organisations.create(details(ZINNEKE, "1000"));
        organisations.recordFigures(org.getId(), new YearFigures(2024, new BigDecimal("8"), new BigDecimal("1500000"), null));
        organisations.recordFigures(org.getId(), new YearFigures(2025, new BigDecimal("12"), new BigDecimal("2500000"), null));
        organisations.recordFigures(org.getId(), new YearFigures(2025, new BigDecimal("9"), new BigDecimal("1900000"), null));
        Organisation reloaded = organisations.get(org.getId());
        assertThat(reloaded.getFigures()).hasSize(2);
        assertThat(reloaded.sizeClass()).contains(SizeClass.MICRO);
        assertThat(jdbc().queryForObject("select staff_awu from organisation_figures where fiscal_year = 2025", BigDecimal.class))
                .isEqualByComparingTo("9");
    }

    @Test
    void concurrentEditsAreDetected() {
        actAs("ann@example.org");
        Organisation org = organisations.create(details(ZINNEKE, "1000"));
        long version = organisations.get(org.getId()).getVersion();
        organisations.update(org.getId(), version, details(ZINNEKE, "1050"));
        assertThatThrownBy(() -> organisations.update(org.getId(), version, details(ZINNEKE, "1060")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(organisations.get(org.getId()).getAddress().getPostcode()).isEqualTo("1050");
    }

    @Test
    void everyChangeIsKeptWithWhoAndWhen() {
        actAs("ann@example.org");
        Organisation org = organisations.create(details(ZINNEKE, "1000"));
        organisations.update(org.getId(), organisations.get(org.getId()).getVersion(), details(ZINNEKE, "1050"));
        var revisions = history.of("Organisation", org.getId().toString());
        assertThat(revisions).hasSize(2);
        assertThat(revisions).allSatisfy(r -> assertThat(r.by()).isEqualTo("ann@example.org"));
        assertThat(revisions.get(0).kind()).isEqualTo("ADD");
        assertThat(revisions.get(1).changes()).anySatisfy(c -> {
            assertThat(c.attribute()).isEqualTo("address");
            assertThat(c.before()).contains("postcode=1000");
            assertThat(c.after()).contains("postcode=1050");
        });
    }

    @Test
    void theWebFormShowsErrorsNextToTheFieldInTheUsersLanguage() throws Exception {
        var ann = user(accounts.loadUserByUsername("ann@example.org"));
        mvc.perform(post("/organisations").with(ann).with(csrf()).locale(Locale.forLanguageTag("nl"))
                        .param("legalName", "Test BV").param("type", "COMPANY").param("enterpriseNumber", "0123.456.748")
                        .param("postcode", "1000").param("country", "BE"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"enterpriseNumber-error\"")))
                .andExpect(content().string(Matchers.containsString("de controlecijfers zouden 49 moeten zijn")));
        assertThat(jdbc().queryForObject("select count(*) from organisation", Integer.class)).isZero();

        mvc.perform(post("/organisations/lookup").with(ann).with(csrf()).locale(Locale.FRENCH).header("HX-Request", "true")
                        .param("enterpriseNumber", ZINNEKE))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"Zinneke Software BV\"")))
                .andExpect(content().string(Matchers.containsString("lookup-found")));
    }

    @Test
    void theApiReturnsProblemDetailsAndRespectsAccess() throws Exception {
        String body = """
                {"legalName":"Zinneke Software BV","type":"COMPANY","enterpriseNumber":"%s","postcode":"1000","country":"BE"}
                """.formatted(ZINNEKE);
        String created = mvc.perform(post("/api/organisations").with(httpBasic("ann@example.org", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.orgId").value("BE-BCE_KBO-" + ZINNEKE.replace(".", "")))
                .andExpect(jsonPath("$.inBrusselsRegion").value(true))
                .andReturn().getResponse().getContentAsString();
        String id = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        mvc.perform(post("/api/organisations").with(httpBasic("bob@example.org", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body).header("Accept-Language", "fr"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("enterpriseNumber"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("existe déjà")));

        mvc.perform(post("/api/organisations").with(httpBasic("bob@example.org", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"COMPANY\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItems("legalName", "postcode")));

        mvc.perform(get("/api/organisations/" + id).with(httpBasic("bob@example.org", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/organisations/" + id).with(httpBasic("officer@example.org", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.legalName").value("Zinneke Software BV"));
        mvc.perform(put("/api/organisations/" + id + "/figures").with(httpBasic("bob@example.org", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"year\":2025,\"staff\":3}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/organisations/lookup/0449012406").with(httpBasic("bob@example.org", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.shortName").value("VUB"));
        mvc.perform(get("/api/organisations")).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/organisations']").exists());
    }
}

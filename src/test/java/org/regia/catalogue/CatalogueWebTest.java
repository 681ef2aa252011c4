package org.regia.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regia.identity.Role;
import org.regia.shared.LocalizedText;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class CatalogueWebTest extends IntegrationTest {

    static final String OFFICER = "officer@web.test";

    @Autowired
    MockMvc mvc;
    @Autowired
    CatalogueService catalogue;

    @BeforeEach
    void seed() {
        createUser(OFFICER, Role.PROGRAMME_OFFICER);
        createUser("applicant@web.test", Role.APPLICANT);
        actAs(OFFICER);
        catalogue.loadProgrammes2023IfEmpty();
    }

    private Call openCall(String budget) {
        Instant now = catalogue.now();
        Call call = catalogue.createCall(catalogue.programmeByCode("joint-rd").getId(), new CallDetails(
                LocalizedText.of("Joint R&D 2026 : construction", "Joint R&D 2026: bouw"), null, CallMode.DEADLINE,
                now.minusSeconds(60), now.plusSeconds(86_400L * 12 + 3_600 * 4 + 300), 1, new BigDecimal(budget), null,
                "Grille Joint R&D", List.of()));
        catalogue.moveCall(call.getId(), CallState.PUBLISHED);
        catalogue.moveCall(call.getId(), CallState.OPEN);
        return call;
    }

    @Test
    void publicCatalogueFiltersAndSearchesWithoutLogin() throws Exception {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        mvc.perform(get("/public/catalogue").with(anonymous()).param("beneficiary", "SCHOOL").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chèque science")))
                .andExpect(content().string(not(containsString("Brevets"))));
        mvc.perform(get("/public/catalogue").param("q", "octrooi").param("lang", "nl"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Octrooien")))
                .andExpect(content().string(containsString("1 programma")));
        mvc.perform(get("/public/catalogue/innovation-voucher").param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Innovation Voucher")))
                .andExpect(content().string(containsString("EUR 10,000")))
                .andExpect(content().string(containsString("TRL 2-7")));
    }

    @Test
    void openCallsShowAServerRenderedCountdownAndDraftsStayHidden() throws Exception {
        Call call = openCall("20000");
        Call draft = catalogue.createCall(catalogue.programmeByCode("patents").getId(), new CallDetails(
                LocalizedText.of("Brouillon secret", "Geheim ontwerp"), null, CallMode.PERMANENT, null, null, 1,
                BigDecimal.TEN, null, null, List.of()));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        mvc.perform(get("/public/calls").with(anonymous()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Joint R&amp;D 2026")))
                .andExpect(content().string(containsString("12 days, 4 h")))
                .andExpect(content().string(containsString("data-closes-at=\"" + catalogue.call(call.getId()).getClosesAt() + "\"")))
                .andExpect(content().string(not(containsString("Brouillon secret"))));
        mvc.perform(get("/public/calls/" + draft.getId())).andExpect(status().isNotFound());
        mvc.perform(get("/public/calls/" + call.getId()).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("12 days, 4 h")));
    }

    @Test
    void finderExplainsMatchesAndMismatchesInTheUsersLanguage() throws Exception {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        mvc.perform(get("/public/finder").param("go", "1").param("profile", "SME").param("trl", "3")
                        .param("need", "LAB_SERVICE").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"fit-innovation-voucher\"")))
                .andExpect(content().string(containsString("Votre TRL 3 est dans la fourchette du programme (2-7).")))
                .andExpect(content().string(containsString("N’offre pas : Un service technique court")));
        mvc.perform(get("/public/finder").param("go", "1").param("profile", "SCHOOL").param("lang", "nl"))
                .andExpect(content().string(containsString("id=\"fit-science-cheque\"")))
                .andExpect(content().string(containsString("Niet open voor: Een school.")));
    }

    @Test
    void officerCreatingACallWithClosingBeforeOpeningGetsTheErrorAtTheFieldAndNothingIsSaved() throws Exception {
        mvc.perform(post("/catalogue/calls").with(user(accounts.loadUserByUsername(OFFICER))).with(csrf())
                        .param("lang", "en")
                        .param("programmeId", catalogue.programmeByCode("rd-projects").getId().toString())
                        .param("titleFr", "Appel").param("titleNl", "Oproep").param("mode", "DEADLINE")
                        .param("opensAt", "2026-06-01T09:00").param("closesAt", "2026-05-01T12:00")
                        .param("stages", "1").param("budget", "100000"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "closesAt", "catalogue.call.closesBeforeOpens"))
                .andExpect(content().string(containsString("The call must close after it opens.")));
        mvc.perform(post("/catalogue/calls").with(user(accounts.loadUserByUsername(OFFICER))).with(csrf())
                        .param("programmeId", catalogue.programmeByCode("rd-projects").getId().toString())
                        .param("titleFr", "Appel").param("titleNl", "Oproep").param("mode", "PERMANENT")
                        .param("stages", "1").param("budget", "-5"))
                .andExpect(model().attributeHasFieldErrorCode("form", "budget", "catalogue.call.budgetNegative"));
        assertThat(jdbc().queryForObject("select count(*) from funding_call", Integer.class)).isZero();
    }

    @Test
    void officerProgrammeFormRejectsTrlOutsideRangeAtTheField() throws Exception {
        mvc.perform(post("/catalogue/programmes").with(user(accounts.loadUserByUsername(OFFICER))).with(csrf())
                        .param("code", "new-programme").param("nameFr", "Nouveau").param("nameNl", "Nieuw")
                        .param("kind", "GRANT").param("beneficiaryTypes", "COMPANY")
                        .param("trlMin", "5").param("trlMax", "10"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "trlMax", "catalogue.trl.outOfRange"));
        mvc.perform(post("/catalogue/programmes").with(user(accounts.loadUserByUsername(OFFICER))).with(csrf())
                        .param("code", "new-programme").param("nameFr", "Nouveau").param("nameNl", "Nieuw")
                        .param("kind", "GRANT").param("beneficiaryTypes", "COMPANY")
                        .param("trlMin", "6").param("trlMax", "4"))
                .andExpect(model().attributeHasFieldErrorCode("form", "trlMax", "catalogue.trl.minAboveMax"));
        assertThat(jdbc().queryForObject("select count(*) from programme where code = 'new-programme'", Integer.class)).isZero();
    }

    @Test
    void publishingWithoutCriteriaShowsTheReasonAndKeepsTheDraft() throws Exception {
        Call draft = catalogue.createCall(catalogue.programmeByCode("patents").getId(), new CallDetails(
                LocalizedText.of("Brevets 2026", "Octrooien 2026"), null, CallMode.PERMANENT, null, null, 1,
                BigDecimal.TEN, null, null, List.of()));
        mvc.perform(post("/catalogue/calls/" + draft.getId() + "/state").with(user(accounts.loadUserByUsername(OFFICER)))
                        .with(csrf()).param("target", "PUBLISHED"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("transitionField", "criteriaReference"));
        assertThat(catalogue.call(draft.getId()).getState()).isEqualTo(CallState.DRAFT);
        mvc.perform(get("/catalogue/calls/" + draft.getId()).with(user(accounts.loadUserByUsername(OFFICER))).param("lang", "en"))
                .andExpect(content().string(containsString(">Publish<")))
                .andExpect(content().string(not(containsString(">Open the call<"))))
                .andExpect(content().string(containsString("id=\"application-count\">0<")));
    }

    @Test
    void officerPagesAreClosedToApplicantsAndAnonymous() throws Exception {
        mvc.perform(get("/catalogue").with(user(accounts.loadUserByUsername("applicant@web.test"))))
                .andExpect(status().isForbidden());
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        mvc.perform(get("/catalogue").with(anonymous()).accept(org.springframework.http.MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/catalogue").with(user(accounts.loadUserByUsername(OFFICER)))).andExpect(status().isOk());
    }

    @Test
    void officerCreatesAProgrammeThenArchivesItAndThePublicNoLongerSeesIt() throws Exception {
        var officer = user(accounts.loadUserByUsername(OFFICER));
        mvc.perform(post("/catalogue/programmes").with(officer).with(csrf())
                        .param("code", "health-vulnerable").param("nameFr", "Innovation en santé pour patients vulnérables")
                        .param("nameNl", "Gezondheidsinnovatie voor kwetsbare patiënten").param("kind", "GRANT")
                        .param("beneficiaryTypes", "COMPANY", "NON_PROFIT").param("domains", "HEALTH")
                        .param("phases", "VALIDATION").param("trlMin", "3").param("trlMax", "6")
                        .param("budgetLines", "12 021 38 09 3132").param("maxAmount", "250000").param("rate", "70"))
                .andExpect(status().is3xxRedirection());
        Programme p = catalogue.programmeByCode("health-vulnerable");
        assertThat(p.getBudgetLines()).containsExactly("12.021.38.09.3132");
        assertThat(p.getDomains()).containsExactly(InnovationDomain.HEALTH);
        mvc.perform(get("/public/catalogue").with(anonymous()).param("q", "kwetsbare").param("lang", "nl"))
                .andExpect(content().string(containsString("Gezondheidsinnovatie voor kwetsbare patiënten")));
        mvc.perform(post("/catalogue/programmes/" + p.getId() + "/active").with(officer).with(csrf()).param("active", "false"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/catalogue").with(anonymous()).param("q", "kwetsbare").param("lang", "nl"))
                .andExpect(content().string(not(containsString("Gezondheidsinnovatie voor kwetsbare patiënten"))));
        mvc.perform(get("/public/finder").with(anonymous()).param("go", "1").param("profile", "NON_PROFIT"))
                .andExpect(content().string(not(containsString("fit-health-vulnerable"))));
    }

    @Test
    void officerEditsACallWithInformationSessionsAndABadLineIsShownAtTheField() throws Exception {
        var officer = user(accounts.loadUserByUsername(OFFICER));
        Call draft = catalogue.createCall(catalogue.programmeByCode("proof-of-concept").getId(), new CallDetails(
                LocalizedText.of("PoC 2027", "PoC 2027"), null, CallMode.PERMANENT, null, null, 1, BigDecimal.TEN, null,
                null, List.of()));
        mvc.perform(post("/catalogue/calls/" + draft.getId()).with(officer).with(csrf()).param("lang", "en")
                        .param("version", String.valueOf(draft.getVersion()))
                        .param("titleFr", "PoC 2027").param("titleNl", "PoC 2027").param("mode", "DEADLINE")
                        .param("opensAt", "2027-01-10T09:00").param("closesAt", "2027-03-31T12:00").param("stages", "1")
                        .param("budget", "1000000").param("criteriaReference", "Grille PoC")
                        .param("infoSessions", "2027-01-20 14:00\nnext tuesday"))
                .andExpect(model().attributeHasFieldErrorCode("form", "infoSessions", "catalogue.call.infoSessionInvalid"));
        mvc.perform(post("/catalogue/calls/" + draft.getId()).with(officer).with(csrf())
                        .param("version", String.valueOf(draft.getVersion()))
                        .param("titleFr", "PoC 2027").param("titleNl", "PoC 2027").param("mode", "DEADLINE")
                        .param("opensAt", "2027-01-10T09:00").param("closesAt", "2027-03-31T12:00").param("stages", "1")
                        .param("budget", "1000000").param("criteriaReference", "Grille PoC")
                        .param("infoSessions", "2027-01-20 14:00"))
                .andExpect(status().is3xxRedirection());
        Call saved = catalogue.call(draft.getId());
        // 12:00 in Brussels in winter is 11:00 UTC
        assertThat(saved.getClosesAt()).isEqualTo(Instant.parse("2027-03-31T10:00:00Z"));
        assertThat(saved.getInfoSessions()).containsExactly(Instant.parse("2027-01-20T13:00:00Z"));
        assertThat(saved.getCriteriaReference()).isEqualTo("Grille PoC");
        // a call without theme (all theme columns null) still renders publicly
        actAs(OFFICER);
        catalogue.moveCall(draft.getId(), CallState.PUBLISHED);
        mvc.perform(get("/public/calls/" + draft.getId()).with(anonymous()).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("PoC 2027")));
    }
}

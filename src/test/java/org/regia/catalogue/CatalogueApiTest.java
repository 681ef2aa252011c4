package org.regia.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regia.identity.Role;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class CatalogueApiTest extends IntegrationTest {

    static final String OFFICER = "officer@api.test";

    @Autowired
    MockMvc mvc;
    @Autowired
    CatalogueService catalogue;

    @BeforeEach
    void seed() {
        createUser(OFFICER, Role.PROGRAMME_OFFICER);
        createUser("applicant@api.test", Role.APPLICANT);
        catalogue.loadProgrammes2023IfEmpty();
    }

    @Test
    void publicProgrammesAreFilteredSearchedAndPaged() throws Exception {
        mvc.perform(get("/api/public/programmes").with(anonymous()).param("beneficiary", "SCHOOL"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].code").value("science-cheque"))
                .andExpect(jsonPath("$.content[0].maxAmount").value(5000.0));
        mvc.perform(get("/api/public/programmes").with(anonymous()).param("q", "brevet"))
                .andExpect(jsonPath("$.content[0].code").value("patents"))
                .andExpect(jsonPath("$.content[0].ratePercent").value(50.0));
        mvc.perform(get("/api/public/programmes").with(anonymous()).param("size", "5").param("page", "1"))
                .andExpect(jsonPath("$.content", hasSize(5)))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.totalElements").value(Programmes2023.all().size()));
        mvc.perform(get("/api/public/programmes/nope").with(anonymous())).andExpect(status().isNotFound());
    }

    @Test
    void officerDrivesACallThroughTheApiAndBadInputIsAProblemWithTheField() throws Exception {
        String programmeId = catalogue.programmeByCode("rd-projects").getId().toString();
        // closing before opening: 422 with the field, nothing saved
        mvc.perform(post("/api/catalogue/calls").with(httpBasic(OFFICER, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"programmeId":"%s","title":{"fr":"Appel","nl":"Oproep"},"mode":"DEADLINE",
                                 "opensAt":"2026-06-01T07:00:00Z","closesAt":"2026-05-01T10:00:00Z","stages":1,"budget":50000}
                                """.formatted(programmeId)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("closesAt"));
        assertThat(jdbc().queryForObject("select count(*) from funding_call", Integer.class)).isZero();

        String created = mvc.perform(post("/api/catalogue/calls").with(httpBasic(OFFICER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"programmeId":"%s","title":{"fr":"Appel R&D","nl":"Oproep O&O"},"mode":"PERMANENT",
                                 "stages":1,"budget":50000}
                                """.formatted(programmeId)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.allowedTransitions[0]").value("PUBLISHED"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(post("/api/catalogue/calls/" + id + "/state").with(httpBasic(OFFICER, PASSWORD)).param("target", "PUBLISHED"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("criteriaReference"));
        mvc.perform(get("/api/public/calls").with(anonymous())).andExpect(jsonPath("$.content", hasSize(0)));
        mvc.perform(post("/api/catalogue/calls/" + id + "/state").with(httpBasic("applicant@api.test", PASSWORD))
                        .param("target", "PUBLISHED"))
                .andExpect(status().isForbidden());
        assertThat(catalogue.call(java.util.UUID.fromString(id)).getState()).isEqualTo(CallState.DRAFT);
    }

    @Test
    void publicCallsListHidesDraftsAndTheEqualOpportunitiesAnswers() throws Exception {
        String programmeId = catalogue.programmeByCode("innovation-voucher").getId().toString();
        String created = mvc.perform(post("/api/catalogue/calls").with(httpBasic(OFFICER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"programmeId":"%s","title":{"fr":"Chèque innovation","nl":"Innovatievoucher"},
                                 "mode":"PERMANENT","stages":1,"budget":250000,"criteriaReference":"Critères chèque"}
                                """.formatted(programmeId)))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(post("/api/catalogue/calls/" + id + "/state").with(httpBasic(OFFICER, PASSWORD)).param("target", "PUBLISHED"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/catalogue/calls/" + id + "/state").with(httpBasic(OFFICER, PASSWORD)).param("target", "OPEN"))
                .andExpect(jsonPath("$.errors[0].field").value("equalOpportunities"));
        mvc.perform(post("/api/catalogue/calls/" + id + "/equal-opportunities-test").with(httpBasic(OFFICER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"questions\":\"Impact on women and men?\",\"answers\":\"None found.\"}"))
                .andExpect(jsonPath("$.equalOpportunitiesTest.author").value(OFFICER));
        mvc.perform(post("/api/catalogue/calls/" + id + "/state").with(httpBasic(OFFICER, PASSWORD)).param("target", "OPEN"))
                .andExpect(jsonPath("$.state").value("OPEN")).andExpect(jsonPath("$.openNow").value(true));
        mvc.perform(get("/api/public/calls").with(anonymous()).param("state", "OPEN"))
                .andExpect(jsonPath("$.content[*].id", hasItem(id)))
                .andExpect(jsonPath("$.content[0].equalOpportunitiesTest.author").doesNotExist())
                .andExpect(jsonPath("$.content[0].equalOpportunitiesTest.doneOn").exists());
    }
}

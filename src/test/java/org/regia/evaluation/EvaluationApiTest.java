package org.regia.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regia.catalogue.Call;
import org.regia.identity.Role;
import org.regia.shared.ClockConfiguration;
import org.regia.shared.EnterpriseNumber;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 5, the JSON API /api/evaluation (HTTP Basic): officers read a call's assignment, ranking with the funding
 * line and decisions; an expert reads their assignments, declares, and submits a score sheet — out-of-scale scores
 * and missing justifications come back together as a 422 problem with one error per criterion (nothing saved); an
 * unassigned or conflicted application is 403.
 */
class EvaluationApiTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationFixture fixture;
    @Autowired
    EvaluationService evaluation;
    @Autowired
    DecisionService decisions;

    static final String ANNA = "anna@experts.example";
    static final String CHLOE = "chloe@experts.example";
    static final String COMMITTEE = "committee@example.org";

    RequestPostProcessor basic(String email) {
        return httpBasic(email, PASSWORD);
    }

    String sheet(long version, boolean submit, String qualityScore, String qualityWhy, String ethicsScore) {
        StringBuilder json = new StringBuilder("{\"version\":" + version + ",\"submit\":" + submit + ",\"scores\":[");
        List<Criterion> criteria = EvaluationService.standardCriteria().criteria();
        for (int i = 0; i < criteria.size(); i++) {
            String code = criteria.get(i).code();
            String score = code.equals("quality") ? qualityScore : code.equals("ethics") ? ethicsScore : "4";
            String why = code.equals("quality") ? qualityWhy : "Sound on " + code + ".";
            json.append(i == 0 ? "" : ",").append("{\"criterion\":\"").append(code).append("\",\"score\":").append(score)
                    .append(",\"justification\":").append(why == null ? "null" : "\"" + why + "\"").append('}');
        }
        return json.append("]}").toString();
    }

    @Test
    void officersReadExpertsScoreAndBadSheetsAreRefusedWithEveryFieldError() throws Exception {
        Call call = fixture.openCall("30000");
        var alpha = fixture.submit(call, "alpha@firm.example", "Alpha Robotics SRL", "07100001", "Robot de tri des déchets",
                "Tri robotisé des déchets urbains par vision artificielle.", "URBAN_FLOWS", "20000");
        fixture.expert(ANNA, "Anna Peeters", Gender.FEMALE, Set.of("fr", "nl"), "robot, déchets", null, 5);
        // works for Alpha: never assigned to it
        fixture.expert(CHLOE, "Chloé Dubois", Gender.FEMALE, Set.of("fr"), "robot, vision",
                EnterpriseNumber.fromPrefix("07100001").formatted(), 5);
        fixture.actAs(EvaluationFixture.OFFICER);
        CallEvaluation s = evaluation.settings(call.getId());
        evaluation.configure(call.getId(), s.getVersion(), 1, s.getCriteriaSetId(), s.getDisagreementSpread(), s.getCoApplicationYears());
        evaluation.runAssignment(call.getId());
        String app = alpha.applicationId().toString();

        mvc.perform(get("/api/evaluation/calls/{c}/assignment", call.getId()).with(basic(EvaluationFixture.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviewsPerApplication").value(1))
                .andExpect(jsonPath("$.panels[0].reviewers[0].name").value("Anna Peeters"))
                .andExpect(jsonPath("$.shortPanels").value(0))
                .andExpect(jsonPath("$.loads[*].name", containsInAnyOrder("Anna Peeters", "Chloé Dubois")));
        mvc.perform(get("/api/evaluation/reviews").with(basic(ANNA))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].applicationId").value(app)).andExpect(jsonPath("$[0].status").value("TO_DECLARE"));
        // experts do not read the officers' views
        mvc.perform(get("/api/evaluation/calls/{c}/ranking", call.getId()).with(basic(ANNA))).andExpect(status().isForbidden());

        // before declaring, no sheet; Chloé is not assigned: 403 (and logged)
        mvc.perform(get("/api/evaluation/reviews/{a}/scores", app).with(basic(ANNA))).andExpect(status().isForbidden());
        mvc.perform(put("/api/evaluation/reviews/{a}/scores", app).with(basic(CHLOE)).contentType(MediaType.APPLICATION_JSON)
                        .content(sheet(0, true, "4", "Good.", "4")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.type").value("https://regia.example/problems/forbidden"));
        assertThat(jdbc().queryForObject("select count(*) from evaluation_scorecard", Integer.class)).isZero();

        mvc.perform(post("/api/evaluation/reviews/{a}/declaration", app).with(basic(ANNA)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"conflicted\":false}")).andExpect(status().isOk()).andExpect(jsonPath("$.conflicted").value(false));
        String body = mvc.perform(get("/api/evaluation/reviews/{a}/scores", app).with(basic(ANNA)).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andExpect(jsonPath("$.scores.length()").value(8))
                .andExpect(jsonPath("$.scores[0].name").value("Scientific quality"))
                .andReturn().getResponse().getContentAsString();
        long version = Long.parseLong(body.replaceAll("(?s).*\"version\":(\\d+).*", "$1"));

        // out-of-scale quality without justification, ethics 7: every error at once, 422, nothing saved
        mvc.perform(put("/api/evaluation/reviews/{a}/scores", app).with(basic(ANNA)).locale(Locale.ENGLISH)
                        .contentType(MediaType.APPLICATION_JSON).content(sheet(version, true, "6", null, "7")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("quality", "ethics")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("The score 7 is outside the scale 0 to 5.")));
        mvc.perform(put("/api/evaluation/reviews/{a}/scores", app).with(basic(ANNA)).locale(Locale.ENGLISH)
                        .contentType(MediaType.APPLICATION_JSON).content(sheet(version, true, "4", " ", "4")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("quality"))
                .andExpect(jsonPath("$.errors[0].message").value("Explain this score."));
        assertThat(jdbc().queryForObject("select count(*) from evaluation_score", Integer.class)).isZero();

        mvc.perform(put("/api/evaluation/reviews/{a}/scores", app).with(basic(ANNA)).contentType(MediaType.APPLICATION_JSON)
                        .content(sheet(version, true, "5", "Excellent method.", "4")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.submitted").value(true))
                .andExpect(jsonPath("$.scores[0].score").value(5));
        // locked once submitted
        mvc.perform(put("/api/evaluation/reviews/{a}/scores", app).with(basic(ANNA)).contentType(MediaType.APPLICATION_JSON)
                .content(sheet(version + 1, false, "1", "Changed my mind.", "4"))).andExpect(status().isUnprocessableContent());

        // the officers' ranking with the funding line, then the decision through the three steps
        mvc.perform(get("/api/evaluation/calls/{c}/ranking", call.getId()).with(basic(EvaluationFixture.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.budget").value(30000.0))
                .andExpect(jsonPath("$.ranked[0].applicationId").value(app))
                .andExpect(jsonPath("$.ranked[0].position").value("FUNDED"))
                .andExpect(jsonPath("$.ranked[0].criteria[0].code").value("quality"))
                .andExpect(jsonPath("$.ranked[0].criteria[0].mean").value(5.0));
        fixture.actAs(EvaluationFixture.OFFICER);
        decisions.record(alpha.applicationId(), Decision.Outcome.FUND, new BigDecimal("8000.00"), null);
        fixture.user(COMMITTEE, Role.COMMITTEE);
        fixture.actAs(COMMITTEE);
        decisions.approve(alpha.applicationId());
        mvc.perform(get("/api/evaluation/calls/{c}/decisions", call.getId()).with(basic(COMMITTEE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].status").value("PROPOSED_TO_MINISTER"))
                .andExpect(jsonPath("$[0].amount").value(8000.0));
        fixture.actAs(COMMITTEE);
        decisions.decideFinally(alpha.applicationId(), true, "AGRBC/2026/300", LocalDate.now(ClockConfiguration.BRUSSELS), null);
        mvc.perform(get("/api/evaluation/calls/{c}/decisions", call.getId()).with(basic(EvaluationFixture.OFFICER)))
                .andExpect(jsonPath("$[0].status").value("FINAL"))
                .andExpect(jsonPath("$[0].governmentReference").value("AGRBC/2026/300"))
                .andExpect(jsonPath("$[0].governmentAdopted").value(true));
        mvc.perform(get("/api/evaluation/calls/{c}/decisions", call.getId()).with(basic("alpha@firm.example")))
                .andExpect(status().isForbidden());
    }
}

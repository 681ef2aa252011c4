package org.regia.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.regia.catalogue.Call;
import org.regia.identity.Role;
import org.regia.shared.ClockConfiguration;
import org.regia.shared.EnterpriseNumber;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 5, the remaining screens: manual swaps on the officer's call page (checked against conflict, load, language
 * and gender rules; a refusal shows the reason and changes nothing), the consensus screen (mean, spread and
 * disagreement per criterion; the lead adviser's consensus score with a justification, used by the ranking), the
 * expert's own profile (field errors, history) and the Government's final decision after the committee's proposal.
 */
class EvaluationGapsWebTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationFixture fixture;
    @Autowired
    EvaluationService evaluation;
    @Autowired
    ReviewService reviews;
    @Autowired
    DecisionService decisions;

    static final String ANNA = "anna@experts.example";
    static final String BRAM = "bram@experts.example";
    static final String CHLOE = "chloe@experts.example";
    static final String DAVID = "david@experts.example";
    static final String COMMITTEE = "committee@example.org";

    Call call;
    EvaluationFixture.Submitted alpha;
    EvaluationFixture.Submitted beta;

    RequestPostProcessor as(String email) {
        return user(accounts.loadUserByUsername(email));
    }

    /**
     * Two French applications; Anna and Chloé (women), Bram and David (men); Chloé works for Alpha (conflict). k = 2:
     * each panel is mixed and Alpha's can only have Anna as woman.
     */
    void callWithPanels() {
        call = fixture.openCall("30000");
        alpha = fixture.submit(call, "alpha@firm.example", "Alpha Robotics SRL", "07100001", "Robot de tri des déchets",
                "Tri robotisé des déchets urbains par vision artificielle.", "URBAN_FLOWS", "20000");
        beta = fixture.submit(call, "beta@firm.example", "Beta Logistics SRL", "07200002", "Logistique urbaine à vélo-cargo",
                "Optimisation des tournées de vélos-cargos dans la ville.", "URBAN_FLOWS", "20000");
        fixture.expert(ANNA, "Anna Peeters", Gender.FEMALE, Set.of("fr", "nl"), "robot, logistique, déchets", null, 5);
        fixture.expert(BRAM, "Bram Claes", Gender.MALE, Set.of("fr", "nl"), "vélo, logistique, ville", null, 5);
        fixture.expert(CHLOE, "Chloé Dubois", Gender.FEMALE, Set.of("fr"), "robot, vision",
                EnterpriseNumber.fromPrefix("07100001").formatted(), 5);
        fixture.expert(DAVID, "David Lambert", Gender.MALE, Set.of("fr"), "énergie", null, 5);
        fixture.actAs(EvaluationFixture.OFFICER);
        CallEvaluation s = evaluation.settings(call.getId());
        evaluation.configure(call.getId(), s.getVersion(), 2, s.getCriteriaSetId(), s.getDisagreementSpread(), s.getCoApplicationYears());
        evaluation.runAssignment(call.getId());
    }

    UUID expertId(String email) {
        return jdbc().queryForObject("select id from evaluation_expert where email = ?", UUID.class, email);
    }

    List<String> panel(UUID application) {
        fixture.actAs(EvaluationFixture.OFFICER);
        return evaluation.assignment(call.getId()).panels().stream()
                .filter(p -> p.application().getApplicationId().equals(application)).findFirst().orElseThrow()
                .reviewers().stream().map(r -> r.expert().getEmail()).sorted().toList();
    }

    List<Map<String, Object>> assignmentRows() {
        return jdbc().queryForList("select application_id, expert_id, affinity, manual from evaluation_assignment order by application_id, expert_id");
    }

    @Test
    void swapsAreCheckedAgainstTheRulesAndARefusalChangesNothing() throws Exception {
        callWithPanels();
        List<String> alphaPanel = panel(alpha.applicationId());
        assertThat(alphaPanel).contains(ANNA).doesNotContain(CHLOE).hasSize(2);
        String man = alphaPanel.stream().filter(e -> !e.equals(ANNA)).findFirst().orElseThrow();
        String otherMan = man.equals(BRAM) ? DAVID : BRAM;
        List<Map<String, Object>> before = assignmentRows();
        String page = "/evaluation/calls/" + call.getId();

        // onto the expert of the applicant's company: refused with the reason, nothing changes
        mvc.perform(post(page + "/swap").with(as(EvaluationFixture.OFFICER)).with(csrf()).locale(Locale.ENGLISH)
                        .param("applicationId", alpha.applicationId().toString())
                        .param("outgoing", expertId(man).toString()).param("incoming", expertId(CHLOE).toString()))
                .andExpect(redirectedUrl(page + "#assignment"))
                .andExpect(flash().attribute("swapRefused", hasItem(containsString("Chloé Dubois may not review"))));
        assertThat(assignmentRows()).isEqualTo(before);

        // replacing the only woman who may review Alpha by a man: the panel would no longer be mixed
        mvc.perform(post(page + "/swap").with(as(EvaluationFixture.OFFICER)).with(csrf()).locale(Locale.ENGLISH)
                        .param("applicationId", alpha.applicationId().toString())
                        .param("outgoing", expertId(ANNA).toString()).param("incoming", expertId(otherMan).toString()))
                .andExpect(flash().attribute("swapRefused", hasItem(containsString("no expert of each gender"))));
        assertThat(assignmentRows()).isEqualTo(before);

        // no incoming expert chosen
        mvc.perform(post(page + "/swap").with(as(EvaluationFixture.OFFICER)).with(csrf()).locale(Locale.FRENCH)
                        .param("applicationId", alpha.applicationId().toString()).param("outgoing", expertId(man).toString()))
                .andExpect(flash().attribute("swapRefused", hasItem("Choisissez l’expert entrant.")));
        assertThat(assignmentRows()).isEqualTo(before);

        // a committee member may read but not swap
        fixture.user(COMMITTEE, Role.COMMITTEE);
        mvc.perform(post(page + "/swap").with(as(COMMITTEE)).with(csrf())
                        .param("applicationId", alpha.applicationId().toString())
                        .param("outgoing", expertId(man).toString()).param("incoming", expertId(otherMan).toString()))
                .andExpect(status().isForbidden());
        assertThat(assignmentRows()).isEqualTo(before);

        // one man by the other: accepted, marked manual, loads and total affinity shown again
        mvc.perform(post(page + "/swap").with(as(EvaluationFixture.OFFICER)).with(csrf())
                        .param("applicationId", alpha.applicationId().toString())
                        .param("outgoing", expertId(man).toString()).param("incoming", expertId(otherMan).toString()))
                .andExpect(flash().attribute("swapped", true));
        assertThat(panel(alpha.applicationId())).containsExactlyInAnyOrder(ANNA, otherMan);
        assertThat(jdbc().queryForObject("select manual from evaluation_assignment where application_id = ? and expert_id = ?",
                Boolean.class, alpha.applicationId(), expertId(otherMan))).isTrue();
        fixture.actAs(EvaluationFixture.OFFICER);
        long total = evaluation.assignment(call.getId()).totalAffinity();
        mvc.perform(get(page).with(as(EvaluationFixture.OFFICER)).locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Total affinity " + total + ";")))
                .andExpect(content().string(containsString("id=\"loads\"")))
                .andExpect(content().string(containsString("Replace")));
    }

    /** Scores with quality {@code quality} and 3 elsewhere, submitted by {@code expert}. */
    void review(String expert, UUID application, int quality) {
        fixture.actAs(expert);
        reviews.declare(application, false, null);
        List<ReviewService.ScoreInput> in = new ArrayList<>();
        for (Criterion c : EvaluationService.standardCriteria().criteria()) {
            int s = c.code().equals("quality") ? quality : 3;
            in.add(new ReviewService.ScoreInput(c.code(), s, "Because " + s + "."));
        }
        reviews.saveScores(application, reviews.sheet(application).sheet().getVersion(), in, true);
    }

    @Test
    void theLeadAdviserRecordsAJustifiedConsensusThatTheRankingUses() throws Exception {
        callWithPanels();
        List<String> alphaPanel = panel(alpha.applicationId());
        review(alphaPanel.get(0), alpha.applicationId(), 1);
        review(alphaPanel.get(1), alpha.applicationId(), 5);
        fixture.actAs(EvaluationFixture.OFFICER);
        BigDecimal before = evaluation.ranking(call.getId()).of(alpha.applicationId()).orElseThrow().total();
        assertThat(evaluation.ranking(call.getId()).of(alpha.applicationId()).orElseThrow().disagreement()).isTrue();
        String page = "/evaluation/consensus/" + alpha.applicationId();

        // mean 3.00, spread 2.83 (sample standard deviation of 1 and 5): experts disagree on quality
        mvc.perform(get(page).with(as(EvaluationFixture.OFFICER)).locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("3.00"), containsString("2.83"), containsString("experts disagree"),
                        containsString("Because 5."), containsString("Consensus score — Scientific quality"))));

        // bad input: out of scale, then no justification — refused at the field, nothing saved
        mvc.perform(post(page).with(as(EvaluationFixture.OFFICER)).with(csrf()).locale(Locale.ENGLISH)
                        .param("criterion", "quality").param("score", "9").param("justification", "Agreed at the panel meeting."))
                .andExpect(flash().attribute("consensusErrors", Map.of("score", "The score 9 is outside the scale 0 to 5.")));
        mvc.perform(post(page).with(as(EvaluationFixture.OFFICER)).with(csrf()).locale(Locale.forLanguageTag("nl"))
                        .param("criterion", "quality").param("score", "4").param("justification", "  "))
                .andExpect(flash().attribute("consensusErrors", Map.of("justification", "Motiveer de consensusscore.")));
        assertThat(jdbc().queryForObject("select count(*) from evaluation_consensus", Integer.class)).isZero();
        // the committee reads but does not record
        fixture.user(COMMITTEE, Role.COMMITTEE);
        mvc.perform(get(page).with(as(COMMITTEE))).andExpect(status().isOk());
        mvc.perform(post(page).with(as(COMMITTEE)).with(csrf()).param("criterion", "quality").param("score", "4")
                .param("justification", "x")).andExpect(status().isForbidden());

        mvc.perform(post(page).with(as(EvaluationFixture.OFFICER)).with(csrf())
                        .param("criterion", "quality").param("score", "4").param("justification", "Agreed at the panel meeting: strong method."))
                .andExpect(flash().attribute("consensusSaved", "quality"));
        fixture.actAs(EvaluationFixture.OFFICER);
        EvaluationService.Ranked ranked = evaluation.ranking(call.getId()).of(alpha.applicationId()).orElseThrow();
        // quality weighs 2 of 10: mean 3 → consensus 4 adds 2 × (1/5) / 10 × 100 = 4 points
        assertThat(ranked.total()).isEqualByComparingTo(before.add(new BigDecimal("4.00")));
        assertThat(ranked.disagreement()).isFalse();
        assertThat(jdbc().queryForObject("select justification from evaluation_consensus where application_id = ?",
                String.class, alpha.applicationId())).isEqualTo("Agreed at the panel meeting: strong method.");
        assertThat(jdbc().queryForObject("select count(*) from evaluation_consensus_aud", Integer.class)).isEqualTo(1);
        mvc.perform(get(page).with(as(EvaluationFixture.OFFICER)).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Agreed at the panel meeting: strong method.")));
    }

    @Test
    void theCommitteeProposesToTheMinisterAndTheGovernmentDecides() throws Exception {
        callWithPanels();
        for (String e : panel(alpha.applicationId())) {
            review(e, alpha.applicationId(), 4);
        }
        fixture.actAs(EvaluationFixture.OFFICER);
        decisions.record(alpha.applicationId(), Decision.Outcome.FUND, new BigDecimal("5000.00"), null);
        fixture.user(COMMITTEE, Role.COMMITTEE);
        String page = "/evaluation/calls/" + call.getId();
        mvc.perform(post("/evaluation/decisions/{a}/approve", alpha.applicationId()).with(as(COMMITTEE)).with(csrf())
                .param("callId", call.getId().toString())).andExpect(redirectedUrl(page + "#ranking"));
        mvc.perform(get(page).with(as(COMMITTEE)).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("proposed to the minister, awaiting the Government")))
                .andExpect(content().string(containsString("Record the final decision")));
        // the date cannot be in the future; the reference is required: nothing final, nothing announced
        String today = LocalDate.now(ClockConfiguration.BRUSSELS).toString();
        mvc.perform(post("/evaluation/decisions/{a}/government", alpha.applicationId()).with(as(COMMITTEE)).with(csrf()).locale(Locale.ENGLISH)
                        .param("callId", call.getId().toString()).param("adopted", "true").param("reference", "")
                        .param("date", today))
                .andExpect(flash().attribute("errorMessage", "Give the reference of the Government’s decision."));
        mvc.perform(post("/evaluation/decisions/{a}/government", alpha.applicationId()).with(as(COMMITTEE)).with(csrf()).locale(Locale.ENGLISH)
                        .param("callId", call.getId().toString()).param("adopted", "false").param("reference", "AGRBC/2026/201")
                        .param("date", today))
                .andExpect(flash().attribute("errorMessage", "Give the Government’s reason for not adopting the proposal."));
        assertThat(jdbc().queryForObject("select final_at is null from evaluation_decision where application_id = ?",
                Boolean.class, alpha.applicationId())).isTrue();
        // an officer cannot record the Government's decision
        mvc.perform(post("/evaluation/decisions/{a}/government", alpha.applicationId()).with(as(EvaluationFixture.OFFICER)).with(csrf())
                .param("callId", call.getId().toString()).param("adopted", "true").param("reference", "AGRBC/2026/201")
                .param("date", today)).andExpect(status().isForbidden());

        // the Government does not adopt the funding: the application is rejected, with the reason, and announced as such
        mvc.perform(post("/evaluation/decisions/{a}/government", alpha.applicationId()).with(as(COMMITTEE)).with(csrf())
                        .param("callId", call.getId().toString()).param("adopted", "false").param("reference", "AGRBC/2026/201")
                        .param("date", today).param("reason", "Budget line frozen by the Government."))
                .andExpect(flash().attribute("governmentRecorded", true));
        Map<String, Object> row = jdbc().queryForMap("select outcome, proposed_outcome, amount, government_reference, government_adopted, reason "
                + "from evaluation_decision where application_id = ?", alpha.applicationId());
        assertThat(row).containsEntry("outcome", "REJECT").containsEntry("proposed_outcome", "FUND")
                .containsEntry("government_reference", "AGRBC/2026/201").containsEntry("government_adopted", false)
                .containsEntry("reason", "Budget line frozen by the Government.");
        assertThat(row.get("amount")).isNull();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc().queryForObject(
                "select count(*) from impact_survey where application_id = ? and kind = 'COMPARISON'", Long.class, alpha.applicationId()) > 0);
        assertThat(jdbc().queryForObject("select count(*) from grants_grant", Long.class)).isZero();
        mvc.perform(get("/evaluation/outcome/{a}", alpha.applicationId()).with(as("alpha@firm.example")).locale(Locale.FRENCH))
                .andExpect(content().string(containsString("Décision du Gouvernement AGRBC/2026/201")));
    }

    @Test
    void anExpertMaintainsTheirOwnProfileWithFieldErrorsAndHistory() throws Exception {
        fixture.expert(ANNA, "Anna Peeters", Gender.FEMALE, Set.of("fr", "nl"), "robot, déchets", null, 5);
        UUID id = expertId(ANNA);
        mvc.perform(get("/evaluation/reviews").with(as(ANNA)).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("href=\"/evaluation/profile\"")));
        mvc.perform(get("/evaluation/profile").with(as(ANNA)).locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("My expert profile"), containsString("déchets, robot"),
                        containsString("External expert"))));
        // (the first visit links the officer's profile to the expert's login)
        long version = jdbc().queryForObject("select version from evaluation_expert where id = ?", Long.class, id);

        // several bad inputs at once: each next to its field, nothing saved
        mvc.perform(post("/evaluation/profile").with(as(ANNA)).with(csrf()).locale(Locale.FRENCH)
                        .param("version", String.valueOf(version)).param("name", "Anna Peeters").param("gender", "FEMALE")
                        .param("keywords", "robotique").param("maxLoad", "500")
                        .param("pastOrganisationNumbers", "0123.456.789"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "languages", "maxLoad", "pastOrganisationNumbers"))
                .andExpect(content().string(allOf(containsString("Choisissez au moins une langue."),
                        containsString("n’est pas un numéro d’entreprise valide"))));
        assertThat(jdbc().queryForObject("select version from evaluation_expert where id = ?", Long.class, id)).isEqualTo(version);
        assertThat(jdbc().queryForObject("select keywords from evaluation_expert where id = ?", String.class, id)).doesNotContain("robotique");

        String past = EnterpriseNumber.fromPrefix("07300003").formatted();
        String relation = EnterpriseNumber.fromPrefix("07400004").formatted();
        mvc.perform(post("/evaluation/profile").with(as(ANNA)).with(csrf())
                        .param("version", String.valueOf(version)).param("name", "Dr Anna Peeters").param("gender", "FEMALE")
                        .param("languages", "nl").param("languages", "en").param("keywords", "robotique, recyclage")
                        .param("domains", "RESOURCES").param("domains", "URBAN_FLOWS").param("organisationName", "VUB")
                        .param("pastOrganisationNumbers", past).param("declaredRelationNumbers", relation)
                        .param("maxLoad", "3"))
                .andExpect(redirectedUrl("/evaluation/profile"));
        Map<String, Object> row = jdbc().queryForMap("select * from evaluation_expert where id = ?", id);
        assertThat(row).containsEntry("name", "Dr Anna Peeters").containsEntry("max_load", 3).containsEntry("available", false)
                .containsEntry("kind", "EXTERNAL_EXPERT").containsEntry("organisation_name", "VUB");
        assertThat((String) row.get("languages")).contains("nl").contains("en").doesNotContain("fr");
        assertThat((String) row.get("domains")).contains("RESOURCES").contains("URBAN_FLOWS");
        assertThat((String) row.get("past_organisation_numbers")).contains(EnterpriseNumber.parse(past).digits());
        assertThat((String) row.get("declared_relation_numbers")).contains(EnterpriseNumber.parse(relation).digits());
        // the profile's history (Envers): the old and the new name
        mvc.perform(get("/evaluation/profile").with(as(ANNA)).locale(Locale.ENGLISH))
                .andExpect(content().string(allOf(containsString("id=\"profile-history\""), containsString("<td>Anna Peeters</td>"),
                        containsString("<th scope=\"row\">maxLoad</th>"))));
        // a stale form (old version) is refused
        mvc.perform(post("/evaluation/profile").with(as(ANNA)).with(csrf()).locale(Locale.ENGLISH)
                        .param("version", String.valueOf(version)).param("name", "Someone else").param("gender", "FEMALE")
                        .param("languages", "fr").param("maxLoad", "3"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Someone saved this in the meantime")));
        // only experts have a profile page
        mvc.perform(get("/evaluation/profile").with(as(EvaluationFixture.OFFICER))).andExpect(status().isForbidden());
    }
}

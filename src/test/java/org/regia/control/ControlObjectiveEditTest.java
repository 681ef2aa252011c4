package org.regia.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regia.identity.Role;
import org.regia.shared.DomainException;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Structured resources and roadmap of an objective (issue 7 §1): FTE, IT needs, budget lines in the region's format
 * (extract 003a §3.5), participating organisations with roles, activities, dated milestones; edit screen with field
 * errors, API, Envers history.
 */
class ControlObjectiveEditTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ControlImporter importer;
    @Autowired
    ControlService control;

    UUID oo216;
    UUID oo211;

    @BeforeEach
    void load() {
        importer.importResource(new ClassPathResource("control/economy-2022.csv"));
        createUser("control@example.org", Role.CONTROL_OFFICER);
        createUser("committee@example.org", Role.COMMITTEE);
        oo216 = objective("2.1.6");
        oo211 = objective("2.1.1");
    }

    UUID objective(String number) {
        return jdbc().queryForObject("select o.id from control_objective o join control_body b on b.id = o.body_id "
                + "where b.code = 'bee' and o.number = ?", UUID.class, number);
    }

    long version(UUID id) {
        return jdbc().queryForObject("select version from control_objective where id = ?", Long.class, id);
    }

    @Test
    void budgetLinesAreReadInTheRegionsFormatsAndOtherFormatsAreRefusedWithTheValue() {
        // the three spellings of extract 003a §3.5
        assertThat(BudgetLine.parse("code", "12.021.38.09.3132").code()).isEqualTo("12.021.38.09.3132");
        assertThat(BudgetLine.parse("code", "120213101").code()).isEqualTo("12.021.31.01");
        assertThat(BudgetLine.parse("code", " 12.018.31.01 ").code()).isEqualTo("12.018.31.01");
        assertThat(BudgetLine.parse("code", "1202138093132").code()).isEqualTo("12.021.38.09.3132");
        for (String bad : new String[] {"12.21.38.09.3132", "12-021-38-09-3132", "AB n° W", "12.021.38.09.31321", "1202131"}) {
            assertThatThrownBy(() -> BudgetLine.parse("code", bad)).isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).arguments()).containsExactly(bad.trim()))
                    .hasMessageContaining("control.budgetLine.format");
        }
    }

    MockHttpServletRequestBuilder editPost(UUID id) {
        return post("/control/objectives/" + id + "/edit").with(user(accounts.loadUserByUsername("control@example.org"))).with(csrf())
                .param("version", String.valueOf(version(id)))
                .param("titleFr", "Soutenir la transition des entreprises").param("titleNl", "De transitie van ondernemingen steunen")
                .param("deadline", "31/12/2022");
    }

    @Test
    void officerEditsResourcesAndRoadmapOnTheScreenAndTheHistoryIsKept() throws Exception {
        var officer = user(accounts.loadUserByUsername("control@example.org"));
        String form = mvc.perform(get("/control/objectives/" + oo216 + "/edit").with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"budgetLines[0].code\"").contains("name=\"milestones[1].dueOn\"")
                .contains("for=\"participants[0].organisation\"");
        mvc.perform(editPost(oo216)
                        .param("fte", "2.5").param("itNeedsFr", "Outil de suivi").param("itNeedsNl", "Opvolgingstool")
                        .param("budgetLines[0].code", "12.021.38.09.3132").param("budgetLines[0].note", "crédits d’engagement")
                        .param("budgetLines[1].code", "120213101")
                        .param("budgetLines[2].code", "")
                        .param("participants[0].organisation", "BEE").param("participants[0].role", "LEAD")
                        .param("participants[1].organisation", "Innoviris").param("participants[1].role", "PARTNER")
                        .param("participants[2].organisation", "hub.brussels").param("participants[2].role", "PARTNER")
                        .param("activities[0].descriptionFr", "Lancer l’appel").param("activities[0].descriptionNl", "De oproep lanceren")
                        .param("milestones[0].labelFr", "Appel lancé").param("milestones[0].labelNl", "Oproep gelanceerd")
                        .param("milestones[0].dueOn", "30/06/2022").param("milestones[0].reachedOn", "2022-07-15")
                        .param("milestones[1].labelFr", "Lauréats").param("milestones[1].labelNl", "Laureaten")
                        .param("milestones[1].dueOn", "2022-12-31"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/control/objectives/" + oo216 + "?edited"));

        assertThat(jdbc().queryForList("select code from control_budget_allocation where objective_id = ? order by position",
                String.class, oo216)).containsExactly("12.021.38.09.3132", "12.021.31.01");
        assertThat(jdbc().queryForObject("select fte from control_objective where id = ?", BigDecimal.class, oo216))
                .isEqualByComparingTo("2.5");
        assertThat(jdbc().queryForObject("select lead_actor from control_objective where id = ?", String.class, oo216)).isEqualTo("BEE");
        assertThat(jdbc().queryForObject("select partners from control_objective where id = ?", String.class, oo216))
                .isEqualTo("Innoviris, hub.brussels");
        assertThat(jdbc().queryForList("select due_on from control_milestone where objective_id = ? order by position",
                LocalDate.class, oo216)).containsExactly(LocalDate.of(2022, 6, 30), LocalDate.of(2022, 12, 31));

        String page = mvc.perform(get("/control/objectives/" + oo216).with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("12.021.38.09.3132").contains("Innoviris").contains("Appel lancé").contains("30/06/2022")
                .contains("Outil de suivi");

        // many-to-many: the same budget line on a second objective is shown as shared on both
        actAs("control@example.org");
        control.editObjective(oo211, new ObjectiveEdit(version(oo211), "Titre", "Titel", null, null, null, null, null, null,
                List.of(new ObjectiveEdit.BudgetRow("12.021.38.09.3132", null)), null, null, null));
        assertThat(control.objective(oo216).roadmap().sharedBudgetLines().get("12.021.38.09.3132")).containsExactly("bee 2.1.1");

        // a second edit replaces the rows; Envers keeps both versions (added, then removed)
        mvc.perform(editPost(oo216).param("participants[0].organisation", "BEE").param("participants[0].role", "LEAD"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc().queryForObject("select count(*) from control_milestone where objective_id = ?", Long.class, oo216)).isZero();
        assertThat(jdbc().queryForObject("select count(*) from control_milestone_aud where objective_id = ? and revtype = 0",
                Long.class, oo216)).isEqualTo(2);
        assertThat(jdbc().queryForObject("select count(*) from control_milestone_aud where revtype = 2", Long.class)).isEqualTo(2);
        assertThat(jdbc().queryForList("select fte from control_objective_aud where id = ? order by rev", BigDecimal.class, oo216))
                .extracting(v -> v == null ? null : v.stripTrailingZeros().toPlainString()).contains("2.5").containsNull();
        // the two budget lines: added by the first edit, removed by the second
        assertThat(jdbc().queryForObject("select count(*) from control_budget_allocation_aud where objective_id = ? and revtype = 0",
                Long.class, oo216)).isEqualTo(2);
        assertThat(jdbc().queryForObject("select count(*) from control_budget_allocation_aud where revtype = 2", Long.class)).isEqualTo(2);
    }

    @Test
    void badInputIsReportedAtTheFieldOfItsRowAndNothingIsSaved() throws Exception {
        long before = version(oo216);
        String page = mvc.perform(editPost(oo216).param("fte", "3")
                        .param("budgetLines[0].code", "12.021.38.09.3132")
                        .param("budgetLines[1].code", "12-021-38")
                        .param("milestones[0].labelFr", "Appel lancé").param("milestones[0].labelNl", "Oproep gelanceerd"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"budgetLines[1].code-error\"").contains("“12-021-38” is not a budget line");
        // the milestone without a date
        page = mvc.perform(editPost(oo216).param("milestones[1].labelFr", "Lauréats").param("milestones[1].labelNl", "Laureaten"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"milestones[1].dueOn-error\"").contains("The milestone “Lauréats” needs a due date.");
        // an impossible date, an ambiguous FTE, two leads
        page = mvc.perform(editPost(oo216).param("milestones[0].labelFr", "A").param("milestones[0].labelNl", "B")
                        .param("milestones[0].dueOn", "31/06/2022"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"milestones[0].dueOn-error\"").contains("“31/06/2022” is not a date");
        page = mvc.perform(editPost(oo216).param("fte", "1,5")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"fte-error\"");
        page = mvc.perform(editPost(oo216).param("participants[0].organisation", "BEE").param("participants[0].role", "LEAD")
                        .param("participants[1].organisation", "Innoviris").param("participants[1].role", "LEAD"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"participants[1].role-error\"").contains("Only one lead actor: BEE and Innoviris");

        assertThat(version(oo216)).isEqualTo(before);
        assertThat(jdbc().queryForObject("select count(*) from control_budget_allocation", Long.class)).isZero();
        assertThat(jdbc().queryForObject("select count(*) from control_milestone", Long.class)).isZero();
        assertThat(jdbc().queryForObject("select fte from control_objective where id = ?", BigDecimal.class, oo216)).isNull();
    }

    @Test
    void apiReadsAndEditsTheRoadmapAndRefusesARowWithoutDate() throws Exception {
        String body = """
                {"version": %d, "titleFr": "Titre", "titleNl": "Titel", "fte": 1.5,
                 "budgetLines": [{"code": "12.001.08.03.1211"}],
                 "participants": [{"organisation": "Port de Bruxelles", "role": "PARTNER"}],
                 "milestones": [{"labelFr": "Étude", "labelNl": "Studie", "dueOn": "2022-09-30"}]}
                """.formatted(version(oo216));
        mvc.perform(put("/api/control/objectives/" + oo216).with(httpBasic("control@example.org", PASSWORD)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.budgetLines[0].code").value("12.001.08.03.1211"))
                .andExpect(jsonPath("$.partners").value("Port de Bruxelles"))
                .andExpect(jsonPath("$.milestones[0].dueOn").value("2022-09-30"));
        String bad = """
                {"version": %d, "titleFr": "Titre", "titleNl": "Titel",
                 "milestones": [{"labelFr": "Étude", "labelNl": "Studie"}]}
                """.formatted(version(oo216));
        mvc.perform(put("/api/control/objectives/" + oo216).with(httpBasic("control@example.org", PASSWORD)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("milestones[0].dueOn"));
        mvc.perform(get("/api/control/objectives/" + oo216).with(httpBasic("committee@example.org", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.milestones.length()").value(1));
        // the committee reads but cannot edit
        mvc.perform(get("/control/objectives/" + oo216 + "/edit").with(user(accounts.loadUserByUsername("committee@example.org"))))
                .andExpect(status().isForbidden());
    }
}

package org.regia.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regia.identity.Role;
import org.regia.shared.DomainException;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Quarterly snapshots, the filtered dashboards (management control; innovation plan) and the annual state of play of
 * the innovation plan (issue 7 §4-6), on the imported real content.
 */
class ControlDashboardTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ControlImporter importer;
    @Autowired
    ControlService control;
    @Autowired
    ControlDashboards dashboards;
    @Autowired
    StateOfPlayWriter stateOfPlay;

    @BeforeEach
    void load() {
        importer.importResource(new ClassPathResource("control/economy-2022.csv"));
        importer.importResource(new ClassPathResource("control/gip-2021-2027.csv"));
        createUser("control@example.org", Role.CONTROL_OFFICER);
        createUser("committee@example.org", Role.COMMITTEE);
    }

    UUID kpiId(String code) {
        return jdbc().queryForObject("select id from control_kpi where code = ?", UUID.class, code);
    }

    UUID objectiveOfKpi(String code) {
        return jdbc().queryForObject("select objective_id from control_kpi where code = ?", UUID.class, code);
    }

    String snapshotColour(String quarter, UUID kpi) {
        return jdbc().queryForObject("select e.colour from control_snapshot_entry e join control_snapshot s on s.id = e.snapshot_id "
                + "where e.kpi_id = ? and s.year || '-Q' || s.quarter = ?", String.class, kpi, quarter);
    }

    @Test
    void snapshotsRecordEachQuartersColoursAndTheDashboardShowsThePastAndTheChange() throws Exception {
        actAs("control@example.org");
        UUID cargo = kpiId("CARGO-BIKES");
        // bands 200-250 green / 100-200 orange / 0-100 red (extract 003a); 130 at the end of Q1, 215 in Q2
        control.recordObservation(cargo, LocalDate.of(2022, 3, 31), "130", null, "BEE", null);
        control.recordObservation(cargo, LocalDate.of(2022, 6, 15), "215", null, "BEE", null);
        assertThat(dashboards.takeSnapshot("ECONOMY-2022", "2022-Q1")).isEqualTo(2);
        assertThat(dashboards.takeSnapshot("ECONOMY-2022", "2022-Q2")).isEqualTo(2);
        // the Q1 snapshot ignores the later observation; the value is kept with the colour
        assertThat(snapshotColour("2022-Q1", cargo)).isEqualTo("ORANGE");
        assertThat(snapshotColour("2022-Q2", cargo)).isEqualTo("GREEN");
        assertThat(jdbc().queryForObject("select e.value from control_snapshot_entry e join control_snapshot s on s.id = e.snapshot_id "
                + "where e.kpi_id = ? and s.quarter = 1", java.math.BigDecimal.class, cargo)).isEqualByComparingTo("130");
        // every KPI of every body is in the snapshot
        assertThat(jdbc().queryForObject("select count(*) from control_snapshot_entry e join control_snapshot s on s.id = e.snapshot_id "
                + "where s.quarter = 2 and e.kpi_id is not null", Long.class))
                .isEqualTo(jdbc().queryForObject("select count(*) from control_kpi k join control_objective o on o.id = k.objective_id "
                        + "join control_body b on b.id = o.body_id join control_document d on d.id = b.document_id "
                        + "where d.code = 'ECONOMY-2022'", Long.class));

        UUID cargoAction = objectiveOfKpi("CARGO-BIKES");
        ControlDashboards.Dashboard q2 = dashboards.dashboard(new ControlDashboards.Filter("ECONOMY-2022", "bee", null, null, "2022-Q2"));
        assertThat(q2.comparedWith()).isEqualTo(new Quarter(2022, 1));
        ControlDashboards.Row row = q2.rows().stream().filter(r -> r.objective().getId().equals(cargoAction)).findFirst().orElseThrow();
        assertThat(row.colour()).isEqualTo(Colour.GREEN);
        assertThat(row.previous()).isEqualTo(Colour.ORANGE);
        assertThat(row.change()).isEqualTo(ControlDashboards.Change.BETTER);

        // the screen: plain GET (whole page) and htmx (only the results)
        var committee = user(accounts.loadUserByUsername("committee@example.org"));
        String page = mvc.perform(get("/control/dashboard").param("document", "ECONOMY-2022").param("body", "bee")
                        .param("quarter", "2022-Q2").param("colour", "GREEN").with(committee))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"dashboard-filters\"").contains("hx-get=\"/control/dashboard\"")
                .contains("colours at the end of 2022-Q2").contains("compared with 2022-Q1").contains("better");
        String fragment = mvc.perform(get("/control/dashboard").param("document", "ECONOMY-2022").param("colour", "RED")
                        .header("HX-Request", "true").with(committee))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).startsWith("<div id=\"dashboard-results\"").doesNotContain("<html").contains("colour-red")
                .doesNotContain("colour-green\">green");
        // bad filters are reported, not ignored
        String bad = mvc.perform(get("/control/dashboard").param("document", "ECONOMY-2022").param("colour", "purple").with(committee))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("id=\"filter-error\"").contains("Unknown filter value “purple”");
        bad = mvc.perform(get("/control/dashboard").param("document", "ECONOMY-2022").param("quarter", "2021-Q4").with(committee))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("There is no snapshot of 2021-Q4.");

        // API: quarters, a snapshot with values, a quarter not ended refused with a problem
        mvc.perform(get("/api/control/documents/ECONOMY-2022/snapshots").with(httpBasic("committee@example.org", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0]").value("2022-Q2")).andExpect(jsonPath("$[1]").value("2022-Q1"));
        mvc.perform(get("/api/control/documents/ECONOMY-2022/snapshots/2022-Q1").with(httpBasic("committee@example.org", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.bee[?(@.kpi=='" + cargo + "')].value").value(130.0));
        mvc.perform(post("/api/control/documents/ECONOMY-2022/snapshots/2099-Q1").with(httpBasic("control@example.org", PASSWORD)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("quarter"));
    }

    @Test
    void snapshotsAreScheduledForTheLastEndedQuarterOnceAndTheManualButtonRefusesAQuarterNotEnded() throws Exception {
        // scheduled run "on 2 July 2022": the second quarter of 2022, once per body
        assertThat(dashboards.takeDueSnapshots(LocalDate.of(2022, 7, 2))).isEqualTo(3);
        assertThat(dashboards.takeDueSnapshots(LocalDate.of(2022, 7, 3))).isZero();
        assertThat(jdbc().queryForList("select distinct year || '-Q' || quarter || ' ' || trigger || ' ' || taken_by from control_snapshot",
                String.class)).containsExactly("2022-Q2 SCHEDULED system");
        // the real clock: a quarter in the future is refused at the field, nothing taken
        var officer = user(accounts.loadUserByUsername("control@example.org"));
        String next = Quarter.of(LocalDate.now()).toString();
        mvc.perform(post("/control/snapshots").param("document", "ECONOMY-2022").param("quarter", next).with(officer).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("snapshotError"));
        mvc.perform(post("/control/snapshots").param("document", "ECONOMY-2022").param("quarter", "Q2 2022").with(officer).with(csrf()))
                .andExpect(flash().attributeExists("snapshotError"));
        assertThat(jdbc().queryForObject("select count(*) from control_snapshot", Long.class)).isEqualTo(3);
        mvc.perform(post("/control/snapshots").param("document", "ECONOMY-2022").param("quarter", "2022-Q2").with(officer).with(csrf()))
                .andExpect(flash().attribute("snapshotTaken", 2));
        assertThat(jdbc().queryForList("select distinct trigger from control_snapshot s join control_body b on b.id = s.body_id "
                + "join control_document d on d.id = b.document_id where d.code = 'ECONOMY-2022'", String.class)).containsExactly("MANUAL");
        actAs("committee@example.org");
        assertThatThrownBy(() -> dashboards.takeSnapshot("ECONOMY-2022", "2022-Q1"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> Quarter.parse("2022-Q5")).isInstanceOf(DomainException.class);
    }

    @Test
    void innovationPlanDashboardFiltersByAxisDomainAndStatusWithAndWithoutHtmx() throws Exception {
        var committee = user(accounts.loadUserByUsername("committee@example.org"));
        String all = mvc.perform(get("/control/plan/GIP-2021-2027").with(committee))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(all).contains("48 of 48 actions shown").contains("id=\"plan-filters\"").contains("name=\"axis\"");
        String axis2 = mvc.perform(get("/control/plan/GIP-2021-2027").param("axis", "AS2").with(committee))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(axis2).contains("9 of 48 actions shown").contains("actions-AS2").doesNotContain("actions-AS1");
        String health = mvc.perform(get("/control/plan/GIP-2021-2027").param("domain", "HEALTH").header("HX-Request", "true").with(committee))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long healthCount = jdbc().queryForObject("select count(*) from control_objective where domain = 'HEALTH' and level = 'ACTION'", Long.class);
        assertThat(healthCount).isPositive();
        assertThat(health).startsWith("<div id=\"plan-results\"").contains(healthCount + " of 48 actions shown").doesNotContain("<html");
        String none = mvc.perform(get("/control/plan/GIP-2021-2027").param("status", "REALISED").with(committee))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("0 of 48 actions shown");
        String bad = mvc.perform(get("/control/plan/GIP-2021-2027").param("axis", "AS9").with(committee))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("id=\"filter-error\"").contains("48 of 48 actions shown");
    }

    @Test
    void annualStateOfPlayContainsEveryActionWithStatusAndIndicatorsInDocxAndPdfInFrenchAndDutch() throws Exception {
        actAs("control@example.org");
        UUID first = jdbc().queryForObject("select o.id from control_objective o join control_body b on b.id = o.body_id "
                + "join control_document d on d.id = b.document_id where d.code = 'GIP-2021-2027' and o.number = '1.1.1'", UUID.class);
        jdbc().update("update control_objective set status = 'IN_PROGRESS' where id = ?", first);
        StateOfPlayWriter.Data data = stateOfPlay.data("GIP-2021-2027", LocalDate.of(2023, 1, 31));
        assertThat(data.actions()).hasSize(48);
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.forLanguageTag("nl")}) {
            String docx;
            try (var doc = new XWPFDocument(new ByteArrayInputStream(stateOfPlay.docx(data, locale)))) {
                docx = new XWPFWordExtractor(doc).getText().replaceAll("\\s+", " ");
            }
            String pdf;
            try (var doc = Loader.loadPDF(stateOfPlay.pdf(data, locale))) {
                pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            }
            for (StateOfPlayWriter.Action a : data.actions()) {
                String title = a.action().title(locale).replaceAll("\\s+", " ");
                assertThat(docx).as("DOCX %s %s", locale, a.action().getNumber()).contains(title);
                assertThat(pdf).as("PDF %s", locale).contains(a.action().getNumber());
            }
            boolean nl = locale.getLanguage().equals("nl");
            assertThat(docx).contains(nl ? "stand van zaken 2023" : "état des lieux 2023")
                    .contains(nl ? "lopend" : "en cours").contains(nl ? "nog geen indicator" : "pas encore d’indicateur");
        }
        var committee = user(accounts.loadUserByUsername("committee@example.org"));
        mvc.perform(get("/control/plan/GIP-2021-2027/state-of-play.docx?lang=nl").with(committee)).andExpect(status().isOk());
        mvc.perform(get("/control/plan/GIP-2021-2027/state-of-play.pdf").with(committee)).andExpect(status().isOk());
        mvc.perform(get("/control/plan/GIP-2021-2027/state-of-play.odt").with(committee)).andExpect(status().isNotFound());
    }
}

package org.regia.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** Screens, API, letters, data sources and permissions of management control, on the imported real content. */
class ControlWebTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ControlImporter importer;
    @Autowired
    ControlService control;
    @Autowired
    LetterWriter letters;

    @BeforeEach
    void load() {
        importer.importResource(new ClassPathResource("control/innoviris-2022.csv"));
        importer.importResource(new ClassPathResource("control/economy-2022.csv"));
        importer.importResource(new ClassPathResource("control/gip-2021-2027.csv"));
        createUser("control@example.org", Role.CONTROL_OFFICER);
        createUser("committee@example.org", Role.COMMITTEE);
        createUser("applicant@example.org", Role.APPLICANT);
    }

    UUID kpiId(String code) {
        return jdbc().queryForObject("select id from control_kpi where code = ?", UUID.class, code);
    }

    @Test
    void generatedLetterAndAnnex1ContainEveryObjectiveInFrenchAndDutch() throws Exception {
        actAs("control@example.org");
        Views.BodyTree tree = control.tree("INNOVIRIS-2022", "innoviris");
        assertThat(tree.all().count()).isEqualTo(36);
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.forLanguageTag("nl")}) {
            byte[] pdf = letters.pdf(tree, locale);
            String pdfText;
            try (var doc = Loader.loadPDF(pdf)) {
                pdfText = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            }
            String docxText;
            try (var doc = new XWPFDocument(new ByteArrayInputStream(letters.docx(tree, locale)))) {
                docxText = new XWPFWordExtractor(doc).getText().replaceAll("\\s+", " ");
            }
            tree.all().forEach(n -> {
                String title = n.objective().title(locale).replaceAll("\\s+", " ");
                assertThat(pdfText).as("PDF %s", locale).contains(n.objective().getNumber() + " – ");
                assertThat(docxText).as("DOCX %s", locale).contains(title);
            });
            assertThat(docxText).contains(locale.getLanguage().equals("nl") ? "Bijlage 1" : "Annexe 1");
            assertThat(pdfText).contains(locale.getLanguage().equals("nl") ? "Bijlage 1" : "Annexe 1");
        }
    }

    @Test
    void letterDownloadsArePdfAndDocx() throws Exception {
        var officer = user(accounts.loadUserByUsername("control@example.org"));
        mvc.perform(get("/control/documents/ECONOMY-2022/bee/letter.pdf?lang=nl").with(officer))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
        mvc.perform(get("/control/documents/ECONOMY-2022/bee/letter.docx?lang=fr").with(officer))
                .andExpect(status().isOk());
    }

    @Test
    void screensShowTreesKpisPlanAndDefects() throws Exception {
        var committee = user(accounts.loadUserByUsername("committee@example.org"));
        String tree = mvc.perform(get("/control/documents/ECONOMY-2022/bee").with(committee))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tree).contains("Prime Cairgo Bike").contains("colour-red").doesNotContain("/control/bodies/");
        String doc = mvc.perform(get("/control/documents/ECONOMY-2022").with(committee))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(doc).contains("the value 200 is in two bands (GREEN/ORANGE)");
        String plan = mvc.perform(get("/control/plan/GIP-2021-2027").with(committee))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(plan).contains("actions-AS1").contains("actions-AS4").contains("1.6.2");
        mvc.perform(get("/control/kpis/" + kpiId("CARGO-BIKES")).with(committee)).andExpect(status().isOk());
        mvc.perform(get("/control").with(user(accounts.loadUserByUsername("applicant@example.org"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void officerEntersObservationsAndTheColourFollowsTheBands() throws Exception {
        var officer = user(accounts.loadUserByUsername("control@example.org"));
        UUID cargo = kpiId("CARGO-BIKES");
        String panel = mvc.perform(post("/control/kpis/" + cargo + "/observations").with(officer).with(csrf())
                        .header("HX-Request", "true")
                        .param("observedOn", "2022-06-30").param("value", "130").param("source", "BEE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(panel).contains("id=\"kpi-panel\"").contains("colour-orange");
        // "1.344" is refused next to the field, nothing saved
        String refused = mvc.perform(post("/control/kpis/" + cargo + "/observations").with(officer).with(csrf())
                        .header("HX-Request", "true").param("observedOn", "2022-07-30").param("value", "1.344"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("value-error").contains("1.344");
        // no date
        String noDate = mvc.perform(post("/control/kpis/" + cargo + "/observations").with(officer).with(csrf())
                        .header("HX-Request", "true").param("value", "12"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noDate).contains("observedOn-error");
        assertThat(jdbc().queryForObject("select count(*) from control_observation where kpi_id = ?", Integer.class, cargo)).isEqualTo(1);
        // committee may read but not write
        mvc.perform(post("/control/kpis/" + cargo + "/observations").with(user(accounts.loadUserByUsername("committee@example.org")))
                .with(csrf()).param("observedOn", "2022-06-30").param("value", "10")).andExpect(status().isForbidden());
    }

    @Test
    void overrideNeedsAReasonAndIsRecordedWithItsAuthor() {
        actAs("control@example.org");
        UUID share = kpiId("CONTROLLED-SHARE");
        long version = control.kpi(share).status().kpi().getVersion();
        assertThatThrownBy(() -> control.override(share, version, Colour.GREEN, " "))
                .isInstanceOf(DomainException.class).hasMessageContaining("control.override.reasonRequired");
        control.override(share, version, Colour.ORANGE, "controls restarted in 2022 under the new ordinance");
        Views.KpiStatus s = control.kpi(share).status();
        assertThat(s.effective()).isEqualTo(Colour.ORANGE);
        assertThat(s.colour().origin()).isEqualTo(ColourRule.Origin.OVERRIDE);
        assertThat(s.colour().evaluation().colour()).isEqualTo(Colour.RED);
        assertThat(s.kpi().getOverrideBy()).isEqualTo("control@example.org");
        assertThat(jdbc().queryForObject("select count(*) from control_kpi_aud where id = ? and override_colour = 'ORANGE'",
                Integer.class, share)).isEqualTo(1);
    }

    @Test
    void bandsWithDefectsAreNotSavedUnlessAcceptedAndTheEdgePolicyResolvesTheCargoBikeEdges() {
        actAs("control@example.org");
        UUID cargo = kpiId("CARGO-BIKES");
        long v = control.kpi(cargo).status().kpi().getVersion();
        var issues = control.defineBands(cargo, v, BandKind.PERCENTAGE, EdgePolicy.LOWER_BOUND_INCLUSIVE,
                "green: 100 | orange: 50-75 | red: <50", null, false);
        assertThat(issues).extracting(BandIssue::detail).containsExactly("no band covers the values from 75 (excluded) to 100 (excluded)");
        assertThat(control.kpi(cargo).status().kpi().getBandKind()).isEqualTo(BandKind.COUNT);
        assertThat(control.defineBands(cargo, v, BandKind.COUNT, EdgePolicy.LOWER_BOUND_INCLUSIVE,
                "green: >=200 | orange: 100-200 | red: 0-100", null, false)).isEmpty();
        control.recordObservation(cargo, LocalDate.of(2022, 12, 31), "200", null, "BEE", "exactly 200");
        assertThat(control.kpi(cargo).status().effective()).isEqualTo(Colour.GREEN);
    }

    @Test
    void copyForwardFlagsThe2021DeadlineOfThe2022Plan() {
        actAs("control@example.org");
        UUID oo = jdbc().queryForObject("select o.id from control_objective o join control_body b on b.id = o.body_id "
                + "where b.code = 'bee' and o.number = '2.1.5'", UUID.class);
        ControlYearBlock copy = control.copyForward(oo, 2022);
        assertThat(copy.getYear()).isEqualTo(2023);
        assertThat(copy.isDeadlineFlagged()).isTrue();
        assertThatThrownBy(() -> control.copyForward(oo, 2022)).hasMessageContaining("control.year.alreadyPlanned");
    }

    @Test
    void boundKpiIsRefreshedFromPlatformDataAndAFailingQueryIsReported() {
        actAs("control@example.org");
        UUID kpi = kpiId("PLATFORM-ORGANISATIONS");
        assertThat(control.refreshDataSources()).isEmpty();
        var detail = control.kpi(kpi);
        assertThat(detail.observations()).hasSize(1);
        assertThat(detail.observations().get(0).getValue()).isEqualByComparingTo("0");
        assertThat(detail.observations().get(0).getAuthor()).isEqualTo("source:organisations.count");
        // bind another KPI to the plan's realised share: the plan has 48 actions, none realised
        UUID milestone = kpiId("HARMONISED-CONTROL");
        assertThatThrownBy(() -> control.bind(milestone, control.kpi(milestone).status().kpi().getVersion(),
                "control.plan.realised-share", "%")).hasMessageContaining("control.dataSource.numericOnly");
        UUID other = kpiId("CONTROLLED-COUNT");
        control.bind(other, control.kpi(other).status().kpi().getVersion(), "control.plan.realised-share", "%");
        assertThat(control.refreshDataSources()).isEmpty();
        assertThat(control.kpi(other).status().latest().getValue()).isEqualByComparingTo("0");
        // a failing query: the plan is gone
        jdbc().update("delete from control_document where kind = 'INNOVATION_PLAN'");
        var failures = control.refreshDataSources();
        assertThat(failures).containsEntry("CONTROLLED-COUNT", "control.plan.realised-share failed: no innovation plan loaded");
        assertThat(control.kpi(other).status().kpi().getLastRefreshError()).contains("no innovation plan loaded");
        assertThatThrownBy(() -> control.bind(other, control.kpi(other).status().kpi().getVersion(), "nope", null))
                .hasMessageContaining("control.dataSource.unknown");
    }

    @Test
    void apiAndPublicApi() throws Exception {
        mvc.perform(get("/api/control/documents").with(httpBasic("committee@example.org", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(3));
        mvc.perform(get("/api/control/documents/ECONOMY-2022/bodies/bee").with(httpBasic("committee@example.org", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rollUpRule").value("WORST_OF"))
                .andExpect(jsonPath("$.objectives[?(@.number=='5.5')].colour").value("RED"));
        mvc.perform(post("/api/control/kpis/" + kpiId("CARGO-BIKES") + "/observations").with(httpBasic("control@example.org", PASSWORD))
                        .contentType("application/json").content("{\"observedOn\":\"2022-05-01\",\"value\":\"1,344\"}"))
                .andExpect(status().isUnprocessableEntity());
        // public: no login; the KPI bound to platform data is not published
        mvc.perform(get("/api/public/control/documents/INNOVIRIS-2022/bodies/innoviris"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.objectives.length()").value(8));
        mvc.perform(get("/api/public/control/kpis/" + kpiId("PLATFORM-ORGANISATIONS"))).andExpect(status().isNotFound());
        mvc.perform(get("/public/control/plan/GIP-2021-2027")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("4.7")));
        mvc.perform(get("/api/control/documents")).andExpect(status().isUnauthorized());
    }

    @Test
    void officerUploadsABrokenFileAndSeesTheLineNumberedErrorsThenAGoodOne() throws Exception {
        var officer = user(accounts.loadUserByUsername("control@example.org"));
        byte[] broken = new ClassPathResource("control/broken.csv").getInputStream().readAllBytes();
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/control/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "broken.csv", "text/csv", broken))
                        .with(officer).with(csrf()).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"import-errors\"").contains("Line 8, column value").contains("1.344")
                .contains("Line 9");
        assertThat(jdbc().queryForObject("select count(*) from control_document where code = 'BROKEN-2022'", Integer.class)).isZero();
        String good = "type;body;number;pillar;domain;title_fr;title_nl;deadline;status;lead;partners;indicator;band_kind;edge;bands_fr;bands_nl;date;value;source;public;note\n"
                + "DOCUMENT;;TEST-2023;;;Lettre 2023;Brief 2023;2023;POLICY_LETTER;;;;;;;;;;;yes;\n"
                + "BODY;bee;;;;BEE;BEE;;;;;;;;;;;;;;\n"
                + "OS;bee;1;;;Objectif;Doelstelling;2024;;;;;;;;;;;;;\n";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/control/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "t.csv", "text/csv",
                                good.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(officer).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/control/documents/TEST-2023"));
    }

    @Test
    void applicantsCannotReadInternalData() {
        actAs("applicant@example.org");
        assertThatThrownBy(() -> control.documents()).isInstanceOf(AccessDeniedException.class);
    }
}

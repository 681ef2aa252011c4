package org.regia.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regia.identity.Role;
import org.regia.opendata.internal.GivingExporter;
import org.regia.opendata.internal.GivingSchema;
import org.regia.opendata.internal.ImportFormat;
import org.regia.opendata.internal.ImportMode;
import org.regia.opendata.internal.InvalidExportException;
import org.regia.opendata.internal.JobStatus;
import org.regia.opendata.internal.JobView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** 360Giving export (validated, and a broken one refused), the public page, the DCAT-AP catalogue and the API. */
class ExportAndPublicApiTest extends OpenDataTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    GivingExporter exporter;
    @Autowired
    GivingSchema schema;

    final JsonMapper json = JsonMapper.shared();

    static final String MINI = """
            projectID,organisationID,name,activityType,role,ecContribution,startDate,endDate,programme
            101,900,Université libre de Bruxelles,HES,coordinator,1000.50,2022-01-01,2025-12-31,Horizon Europe
            102,901,Vrije Universiteit Brussel,HES,participant,2000,2023-03-01,2026-02-28,Horizon Europe
            103,902,Zinneke Software,PRC,participant,3000,2016-05-01,2019-04-30,Horizon 2020
            """;

    void importMini() {
        assertThat(importAndWait(ImportFormat.CORDIS_CSV, ImportMode.ALL_OR_NOTHING, "mini.csv",
                MINI.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(JobStatus.SUCCEEDED);
    }

    static OpenGrantSource source(List<OpenGrant> grants) {
        return new OpenGrantSource() {
            public String key() {
                return "test";
            }

            public String title() {
                return "Test grants";
            }

            public Instant lastUpdated() {
                return Instant.parse("2026-11-01T10:00:00Z");
            }

            public List<OpenGrant> grants() {
                return grants;
            }
        };
    }

    static OpenGrant grant(String currency, boolean individual) {
        return new OpenGrant("2026-0001", "Research project X", "Industrial research on X", new BigDecimal("150000.00"),
                currency, LocalDate.of(2026, 6, 15), LocalDate.of(2026, 9, 1), LocalDate.of(2028, 8, 31),
                "BE-BCE_KBO-0203071973", "Brulabo", individual, "BE-BCE_KBO-0207373429", "Regia",
                "Research projects", List.of("Digital"), "Brussels-Capital Region", true);
    }

    @Test
    void importedPortfolioIsExportedAs360GivingAndTheExportValidatesAgainstTheOfficialSchema() throws Exception {
        JobView job = importAndWait(ImportFormat.GIVING360_JSON, ImportMode.ALL_OR_NOTHING, "grantnav-20180903134856.json",
                real("360giving/grants/grantnav-20180903134856.json"));
        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        importMini();

        for (String key : List.of("360giving-grantnav-20180903134856", "cordis-mini")) {
            byte[] body = mvc.perform(get("/public/opendata/datasets/" + key + "/360giving.json"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            JsonNode pkg = json.readTree(body);
            assertThat(schema.validate(pkg)).as(key).isEmpty(); // validated again, independently of the exporter
            assertThat(pkg.path("license").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
            for (JsonNode g : pkg.path("grants")) {
                assertThat(g.path("id").asString()).startsWith("360G-regia-");
            }
        }
        JsonNode cordis = json.readTree(mvc.perform(get("/public/opendata/datasets/cordis-mini/360giving.json"))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(cordis.path("grants")).hasSize(3);
        assertThat(cordis.path("grants").get(0).path("recipientOrganization").get(0).path("id").asString()).isEqualTo("XI-PIC-900");
        assertThat(cordis.path("grants").get(0).path("amountAwarded").decimalValue()).isEqualByComparingTo("1000.50");
    }

    @Test
    void brokenExportFailsValidationAndIsNotOffered() {
        // a currency that is not in the standard's codelist
        assertThatThrownBy(() -> exporter.export(source(List.of(grant("EURO", false)))))
                .isInstanceOf(InvalidExportException.class)
                .satisfies(e -> assertThat(((InvalidExportException) e).violations()).anyMatch(v -> v.contains("/grants/0/currency")));

        // a valid export, then the award date removed by hand
        GivingExporter.Export ok = exporter.export(source(List.of(grant("EUR", false))));
        ObjectNode pkg = (ObjectNode) json.readTree(ok.json());
        ((ObjectNode) pkg.path("grants").get(0)).remove("awardDate");
        assertThatThrownBy(() -> exporter.validateOrThrow(pkg)).isInstanceOf(InvalidExportException.class)
                .satisfies(e -> assertThat(((InvalidExportException) e).violations()).anyMatch(v -> v.contains("awardDate")));
    }

    @Test
    void grantsToIndividualsAreRedacted() {
        JsonNode pkg = json.readTree(exporter.export(source(List.of(grant("EUR", true)))).json());
        JsonNode g = pkg.path("grants").get(0);
        assertThat(g.has("recipientOrganization")).isFalse();
        assertThat(g.path("recipientIndividual").path("name").asString()).isEqualTo("Individual Recipient");
        assertThat(g.path("recipientIndividual").path("id").asString()).startsWith("360G-regia-IND-").doesNotContain("Brulabo");
        assertThat(schema.validate(pkg)).isEmpty();
    }

    @Test
    void datasetWithoutAwardDatesHasNo360GivingFileButACsv() throws Exception {
        String header = "Le numéro de BCE du bénéficiaire de la subvention,Nom du bénéficiaire de la subvention,Montant octroyé,Pays,Code postal,Commune,Rue,Numéro de maison,Type de contact,Donnée de contact,Latitude,Longitude\n";
        importAndWait(ImportFormat.BRUSSELS_SUBSIDIES_CSV, ImportMode.ALL_OR_NOTHING, "subsides-2022.csv",
                (header + "0203.071.973,BRULABO,317404.0,,1000,Bruxelles,Avenue du Maelbeek,3,,,50.83,4.38\n").getBytes(StandardCharsets.UTF_8));
        mvc.perform(get("/public/opendata/datasets/brussels-city-subsidies-2022/360giving.json")).andExpect(status().isServiceUnavailable());
        String csv = mvc.perform(get("/public/opendata/datasets/brussels-city-subsidies-2022.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Identifier,Title,Description,Currency,Amount Awarded,Award Date,")
                .contains("Recipient Org:Identifier").contains("360G-regia-0203071973").contains("BE-BCE_KBO-0203071973").contains("317404.00");
        byte[] xlsx = mvc.perform(get("/public/opendata/datasets/brussels-city-subsidies-2022.xlsx")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Identifier");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(317404.0);
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("BE-BCE_KBO-0203071973");
        }
    }

    @Test
    void publicPageAndDcatCatalogueListTheDatasetsWithLicenceAndDownloads() throws Exception {
        importMini();
        String page = mvc.perform(get("/public/opendata").param("lang", "fr")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Données ouvertes").contains("CORDIS: mini").contains("CC BY 4.0")
                .contains("/public/opendata/datasets/cordis-mini/360giving.json");

        JsonNode catalogue = json.readTree(mvc.perform(get("/public/opendata/catalog.jsonld")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/ld+json")))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(catalogue.path("@type").asString()).isEqualTo("dcat:Catalog");
        JsonNode ds = catalogue.path("dcat:dataset").get(0);
        assertThat(ds.path("@type").asString()).isEqualTo("dcat:Dataset");
        assertThat(ds.path("dct:identifier").asString()).isEqualTo("cordis-mini");
        assertThat(ds.path("dct:license").path("@id").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(ds.path("dcat:distribution").get(0).path("dcat:downloadURL").path("@id").asString())
                .endsWith("/public/opendata/datasets/cordis-mini/360giving.json");
    }

    @Test
    void publicApiIsPagedAndFilterable() throws Exception {
        importMini();
        JsonNode all = api("/api/public/opendata/grants?funder=XI-EC&size=2", "10.0.0.1");
        assertThat(all.path("totalElements").asInt()).isEqualTo(3);
        assertThat(all.path("totalPages").asInt()).isEqualTo(2);
        assertThat(all.path("content")).hasSize(2);
        assertThat(api("/api/public/opendata/grants?year=2022", "10.0.0.1").path("content")).singleElement()
                .satisfies(g -> assertThat(g.path("recipientName").asString()).isEqualTo("Université libre de Bruxelles"));
        assertThat(api("/api/public/opendata/grants?programme=Horizon 2020", "10.0.0.1").path("totalElements").asInt()).isEqualTo(1);
        assertThat(api("/api/public/opendata/grants?recipientType=PRC", "10.0.0.1").path("content")).singleElement()
                .satisfies(g -> assertThat(g.path("recipientName").asString()).isEqualTo("Zinneke Software"));
        assertThat(api("/api/public/opendata/grants?dataset=unknown", "10.0.0.1").path("totalElements").asInt()).isZero();
        assertThat(api("/api/public/opendata/datasets", "10.0.0.1").get(0).path("grants").asInt()).isEqualTo(3);
        String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(docs).contains("/api/public/opendata/grants").contains("Open data");
    }

    @Test
    void publicApiIsRateLimitedPerClientWithAProblemDetail() throws Exception {
        for (int i = 0; i < 60; i++) {
            mvc.perform(get("/api/public/opendata/datasets").with(r -> { r.setRemoteAddr("10.9.9.9"); return r; }))
                    .andExpect(status().isOk());
        }
        var response = mvc.perform(get("/api/public/opendata/datasets").with(r -> { r.setRemoteAddr("10.9.9.9"); return r; }))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        // another client is not affected
        mvc.perform(get("/api/public/opendata/datasets").with(r -> { r.setRemoteAddr("10.9.9.10"); return r; })).andExpect(status().isOk());
    }

    @Test
    void importsPageIsForProgrammeOfficersAndAdmins() throws Exception {
        createUser("applicant@example.org", Role.APPLICANT);
        createUser("officer@example.org", Role.PROGRAMME_OFFICER);
        mvc.perform(get("/opendata/imports").accept(org.springframework.http.MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/opendata/imports").with(user(accounts.loadUserByUsername("applicant@example.org")))).andExpect(status().isForbidden());
        mvc.perform(get("/opendata/imports").with(user(accounts.loadUserByUsername("officer@example.org")))).andExpect(status().isOk());

        // an upload without a format is refused at the field; with one, the job starts
        MockMultipartFile file = new MockMultipartFile("file", "mini.csv", "text/csv", MINI.getBytes(StandardCharsets.UTF_8));
        String refused = mvc.perform(multipart("/opendata/imports").file(file).param("format", "").param("mode", "ALL_OR_NOTHING")
                        .with(csrf()).with(user(accounts.loadUserByUsername("officer@example.org"))).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Choose the format of the uploaded file.");
        String location = mvc.perform(multipart("/opendata/imports").file(file).param("format", "CORDIS_CSV").param("mode", "ALL_OR_NOTHING")
                        .with(csrf()).with(user(accounts.loadUserByUsername("officer@example.org"))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/opendata/imports/");
        waitFor(java.util.UUID.fromString(location.substring("/opendata/imports/".length())));
        assertThat(grantCount("cordis-mini")).isEqualTo(3);
    }

    JsonNode api(String url, String ip) throws Exception {
        return json.readTree(mvc.perform(get(url).with(r -> { r.setRemoteAddr(ip); return r; })).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
    }
}

package org.regia.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.regia.opendata.internal.ErrorView;
import org.regia.opendata.internal.ImportFormat;
import org.regia.opendata.internal.ImportMode;
import org.regia.opendata.internal.JobStatus;
import org.regia.opendata.internal.JobView;

/**
 * Every real file of ../shared/data either imports with the expected counts (computed here, independently, from the
 * file itself) or yields a precise report and writes nothing.
 */
class ImportRealFilesTest extends OpenDataTestSupport {

    /** Independent reading of a CORDIS file: rows, distinct projects and organisations, sum of the EU contribution. */
    record Expected(int rows, Set<String> projects, Set<String> organisations, BigDecimal total) {
    }

    static Expected expected(byte[] gz, String projectColumn, String orgColumn, String amountColumn) throws IOException {
        try (Reader in = new InputStreamReader(new GZIPInputStream(new ByteArrayInputStream(gz)), StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
            Set<String> projects = new HashSet<>();
            Set<String> orgs = new HashSet<>();
            BigDecimal total = BigDecimal.ZERO;
            for (CSVRecord r : records) {
                projects.add(r.get(projectColumn));
                if (orgColumn != null) {
                    orgs.add(r.get(orgColumn));
                }
                String a = r.get(amountColumn);
                if (!a.isBlank() && !a.equals("NA") && !a.equals("-")) {
                    total = total.add(new BigDecimal(a));
                }
            }
            return new Expected(records.size(), projects, orgs, total);
        }
    }

    @Test
    void cordisGermanParticipations_allRowsProjectsOrganisationsAndEuContribution() throws IOException {
        byte[] file = real("cordis/h2020-horizon-europe-participations-germany.csv.gz");
        Expected expected = expected(file, "projectID", "organisationID", "ecContribution");
        assertThat(expected.rows()).isEqualTo(36_985); // README of the data folder
        assertThat(expected.projects()).hasSize(18_030);
        assertThat(expected.organisations()).hasSize(6_542);

        JobView job = importAndWait(ImportFormat.CORDIS_CSV, ImportMode.ALL_OR_NOTHING,
                "h2020-horizon-europe-participations-germany.csv.gz", file);

        assertThat(job.status()).as("outcome %s", job.outcomeKey()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(job.errorCount()).isZero();
        assertThat(job.rowsWritten()).isEqualTo(expected.rows());
        String key = "cordis-h2020-horizon-europe-participations-germany";
        assertThat(grantCount(key)).isEqualTo(expected.rows());
        assertThat(distinct("project_ref", key)).isEqualTo(expected.projects().size());
        assertThat(distinct("recipient_id", key)).isEqualTo(expected.organisations().size());
        assertThat(totalAmount(key)).isEqualByComparingTo(expected.total());
        assertThat(jdbc().queryForObject("select total_amount from opendata_dataset where dataset_key = ?", BigDecimal.class, key))
                .isEqualByComparingTo(expected.total());
    }

    @Test
    void cordisH2020Projects_oneGrantPerProject() throws IOException {
        byte[] file = real("cordis/h2020-projects.csv.gz");
        Expected expected = expected(file, "Project Nbr", null, "H2020 EU Contribution (EUR)");
        JobView job = importAndWait(ImportFormat.CORDIS_CSV, ImportMode.ALL_OR_NOTHING, "h2020-projects.csv.gz", file);
        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(grantCount("cordis-h2020-projects")).isEqualTo(35_381).isEqualTo(expected.projects().size());
        assertThat(totalAmount("cordis-h2020-projects")).isEqualByComparingTo(expected.total());
    }

    @Test
    void cordis2014AllCountries_duplicateParticipationsAreReportedAndNothingIsWritten_thenValidRowsOnRequest() throws IOException {
        byte[] file = real("cordis/h2020-participations-2014-all-countries.csv.gz");
        JobView strict = importAndWait(ImportFormat.CORDIS_CSV, ImportMode.ALL_OR_NOTHING, "h2020-participations-2014-all-countries.csv.gz", file);
        assertThat(strict.status()).isEqualTo(JobStatus.FAILED);
        assertNothingWritten(strict);
        assertThat(totalGrants()).isZero();
        List<ErrorView> report = errors(strict.id());
        // the real file has participations without organisation (empty pic) and repeated participations
        int emptyPic = 0;
        try (Reader in = new InputStreamReader(new GZIPInputStream(new ByteArrayInputStream(file)), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (r.get("pic").isBlank() || r.get("pic").equals("NA")) {
                    emptyPic++;
                }
            }
        }
        assertThat(report.stream().filter(e -> e.reasonKey().equals("opendata.error.required")))
                .hasSize(emptyPic).allSatisfy(e -> assertThat(e.field()).isEqualTo("pic"));
        List<ErrorView> duplicates = report.stream().filter(e -> e.reasonKey().equals("opendata.error.duplicate")).toList();
        assertThat(duplicates).isNotEmpty().allSatisfy(e -> {
            assertThat(e.field()).startsWith("project_id+pic+partner_role");
            assertThat(e.row()).isGreaterThan(1);
            assertThat(Integer.parseInt(e.detail())).isLessThan(e.row()); // names the first occurrence
        });
        assertThat(report).hasSize(emptyPic + duplicates.size());

        JobView lenient = importAndWait(ImportFormat.CORDIS_CSV, ImportMode.VALID_ROWS, "h2020-participations-2014-all-countries.csv.gz", file);
        assertThat(lenient.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(lenient.rowsWritten()).isEqualTo(12_584 - report.size());
    }

    @Test
    void brusselsSubsidies_invalidEnterpriseNumbersAreReportedWithTheirRows() throws IOException {
        byte[] file = real("brussels-city-subsidies-2022/beneficiaires.csv");
        JobView strict = importAndWait(ImportFormat.BRUSSELS_SUBSIDIES_CSV, ImportMode.ALL_OR_NOTHING, "beneficiaires-2022.csv", file);
        assertThat(strict.status()).isEqualTo(JobStatus.FAILED);
        assertThat(totalGrants()).isZero();
        List<ErrorView> report = errors(strict.id());
        // checked independently: 0108.141.257 and 0625.915.512 fail the mod-97 check
        assertThat(report).extracting(ErrorView::value).containsExactlyInAnyOrder("0108.141.257", "0625.915.512");
        assertThat(report).allSatisfy(e -> assertThat(e.reasonKey()).isEqualTo("opendata.error.enterpriseNumber"));
        assertThat(report.get(0).row()).isEqualTo(2); // first data row of the file

        JobView lenient = importAndWait(ImportFormat.BRUSSELS_SUBSIDIES_CSV, ImportMode.VALID_ROWS, "beneficiaires-2022.csv", file);
        assertThat(lenient.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(grantCount("brussels-city-subsidies-2022")).isEqualTo(671);
        assertThat(jdbc().queryForObject("select count(*) from opendata_external_grant where recipient_id like 'BE-BCE_KBO-%'", Long.class)).isEqualTo(671);
    }

    @Test
    void giving360_validFilesImportWithAllTheirGrants() throws IOException {
        record Case(String file, int grants) {
        }
        for (Case c : List.of(new Case("a002400000nO46WAAS.json", 870), new Case("awefw001p00000zgyHZAAY.json", 154),
                new Case("grantnav-20180903134856.json", 5))) {
            JobView job = importAndWait(ImportFormat.GIVING360_JSON, ImportMode.ALL_OR_NOTHING, c.file(), real("360giving/grants/" + c.file()));
            assertThat(job.status()).as(c.file()).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(job.rowsWritten()).as(c.file()).isEqualTo(c.grants());
        }
        assertThat(grantCount("360giving-a002400000no46waas")).isEqualTo(870);
        assertThat(jdbc().queryForObject("select funder_name from opendata_dataset where dataset_key = '360giving-a002400000no46waas'", String.class))
                .isEqualTo("Power to Change Trust");
    }

    @Test
    void giving360_lloydsFileDoesNotValidate_reportNamesFromOpenCallAndTheRows_nothingWritten() throws IOException {
        JobView job = importAndWait(ImportFormat.GIVING360_JSON, ImportMode.ALL_OR_NOTHING, "a002400000OiDBQAA3.json",
                real("360giving/grants/a002400000OiDBQAA3.json"));
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.rowsTotal()).isEqualTo(4116);
        assertThat(totalGrants()).isZero();
        List<ErrorView> openCall = errors(job.id()).stream().filter(e -> e.field().equals("fromOpenCall")).toList();
        assertThat(openCall).hasSize(4116); // every Lloyds grant says "Y" or "N"
        assertThat(openCall).extracting(ErrorView::value).containsOnly("Y", "N");
        assertThat(openCall.get(0).row()).isEqualTo(1);
        assertThat(openCall.get(0).reasonKey()).isEqualTo("opendata.error.yesNo");
    }

    @Test
    void giving360_wolfsonDdMmYyyyDatesAreReportedClearly() throws IOException {
        JobView job = importAndWait(ImportFormat.GIVING360_JSON, ImportMode.VALID_ROWS, "a002400000KeYdsAAF.json",
                real("360giving/grants/a002400000KeYdsAAF.json"));
        assertThat(job.status()).isEqualTo(JobStatus.FAILED); // no grant is valid: outcome "nothing valid"
        assertThat(job.outcomeKey()).isEqualTo("opendata.outcome.nothingValid");
        assertThat(totalGrants()).isZero();
        ErrorView first = errors(job.id()).stream().filter(e -> e.field().equals("awardDate")).findFirst().orElseThrow();
        assertThat(first.row()).isEqualTo(1);
        assertThat(first.value()).isEqualTo("05/06/2014");
        assertThat(first.reasonKey()).isEqualTo("opendata.error.dateDdMmYyyy");
        assertThat(first.detail()).isEqualTo("2014-06-05");
    }

    @Test
    void giving360_metadataFileIsNotAPackage() throws IOException {
        JobView job = importAndWait(ImportFormat.GIVING360_JSON, ImportMode.VALID_ROWS, "data.json", real("360giving/grants/data.json"));
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.outcomeKey()).isEqualTo("opendata.outcome.fileRejected");
        assertThat(errors(job.id())).singleElement().satisfies(e -> {
            assertThat(e.row()).isNull();
            assertThat(e.detail()).contains("object expected");
        });
    }
}

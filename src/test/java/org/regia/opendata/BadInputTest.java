package org.regia.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.regia.opendata.internal.ErrorView;
import org.regia.opendata.internal.ImportFormat;
import org.regia.opendata.internal.ImportMode;
import org.regia.opendata.internal.JobStatus;
import org.regia.opendata.internal.JobView;

/**
 * Issue 9's bad input, with small files written here: each problem is reported with its row, field and value, and
 * nothing is half-imported (the previous version of the dataset stays as it was).
 */
class BadInputTest extends OpenDataTestSupport {

    static final String HEADER = "projectID,organisationID,name,role,ecContribution,startDate,endDate,programme\n";
    static final String KEY = "cordis-mini";

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    JobView importMini(ImportMode mode, String body) {
        return importAndWait(ImportFormat.CORDIS_CSV, mode, "mini.csv", utf8(HEADER + body));
    }

    /** A valid version of the dataset, so that every failing import below must leave it untouched. */
    void importGoodVersion() {
        JobView good = importMini(ImportMode.ALL_OR_NOTHING, """
                101,900,Université libre de Bruxelles,coordinator,1000.50,2023-01-01,2025-12-31,Horizon Europe
                101,901,Vrije Universiteit Brussel,participant,2000,2023-01-01,2025-12-31,Horizon Europe
                """);
        assertThat(good.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertUntouched();
    }

    void assertUntouched() {
        assertThat(grantCount(KEY)).isEqualTo(2);
        assertThat(totalAmount(KEY)).isEqualByComparingTo("3000.50");
    }

    @Test
    void semicolonSeparatedFileGivenAsCommaSeparated() {
        importGoodVersion();
        JobView job = importAndWait(ImportFormat.CORDIS_CSV, ImportMode.VALID_ROWS, "mini.csv", utf8("""
                projectID;organisationID;name;role;ecContribution;startDate;endDate;programme
                101;900;ULB;coordinator;1000,50;2023-01-01;2025-12-31;Horizon Europe
                """));
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.outcomeKey()).isEqualTo("opendata.outcome.fileRejected");
        assertThat(errors(job.id())).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(1);
            assertThat(e.field()).isEqualTo("header");
            assertThat(e.reasonKey()).isEqualTo("opendata.error.semicolonSeparated");
        });
        assertUntouched();
    }

    @Test
    void ddMmYyyyDatesAreReportedWithTheRowAndTheIsoForm() {
        importGoodVersion();
        JobView job = importMini(ImportMode.ALL_OR_NOTHING, """
                101,900,ULB,coordinator,1000,2023-01-01,2025-12-31,Horizon Europe
                101,901,VUB,participant,2000,01/09/2022,2025-12-31,Horizon Europe
                """);
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(errors(job.id())).singleElement().isEqualTo(
                new ErrorView(3, "startDate", "01/09/2022", "opendata.error.dateDdMmYyyy", "2022-09-01"));
        assertUntouched();
    }

    @Test
    void duplicateIdentifiersNameTheFirstRow() throws IOException {
        // Brussels format: the enterprise number identifies the beneficiary
        String header = "Le numéro de BCE du bénéficiaire de la subvention,Nom du bénéficiaire de la subvention,Montant octroyé,Pays,Code postal,Commune,Rue,Numéro de maison,Type de contact,Donnée de contact,Latitude,Longitude\n";
        JobView job = importAndWait(ImportFormat.BRUSSELS_SUBSIDIES_CSV, ImportMode.ALL_OR_NOTHING, "subsides-2022.csv", utf8(header + """
                0203.071.973,BRULABO,317404.0,,1000,Bruxelles,Avenue du Maelbeek,3,,,50.83,4.38
                0412.345.614,Zinneke,1000,,1000,Bruxelles,Rue Haute,1,,,0,0
                BE 0203 071 973,Brulabo ASBL,12.5,,1000,Bruxelles,Avenue du Maelbeek,3,,,50.83,4.38
                """));
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(errors(job.id())).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(4);
            assertThat(e.reasonKey()).isEqualTo("opendata.error.duplicate");
            assertThat(e.detail()).isEqualTo("2");
            assertThat(e.value()).isEqualTo("BE 0203 071 973");
        });
        assertThat(totalGrants()).isZero();

        // and in a CORDIS project file, by project number
        JobView projects = importAndWait(ImportFormat.CORDIS_CSV, ImportMode.ALL_OR_NOTHING, "projects.csv", utf8("""
                Project Title,Project Acronym,Project Nbr,EU Contribution
                Alpha,A,633053,100
                Beta,B,633054,200
                Alpha again,A2,633053,100
                """));
        assertThat(errors(projects.id())).extracting(ErrorView::row, ErrorView::field, ErrorView::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "Project Nbr", "2"));
        assertThat(totalGrants()).isZero();
    }

    @Test
    void amountsWithThousandsSeparatorsOrDecimalCommas() {
        importGoodVersion();
        JobView job = importMini(ImportMode.ALL_OR_NOTHING, """
                101,900,ULB,coordinator,"1,234,567.00",2023-01-01,2025-12-31,Horizon Europe
                101,901,VUB,participant,1.234.567,2023-01-01,2025-12-31,Horizon Europe
                101,902,KU Leuven,participant,"2500,75",2023-01-01,2025-12-31,Horizon Europe
                101,903,UCLouvain,participant,12 000,2023-01-01,2025-12-31,Horizon Europe
                """);
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(errors(job.id())).extracting(ErrorView::row, ErrorView::field, ErrorView::value, ErrorView::reasonKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "ecContribution", "1,234,567.00", "opendata.error.thousandsSeparator"),
                org.assertj.core.groups.Tuple.tuple(3, "ecContribution", "1.234.567", "opendata.error.thousandsSeparator"),
                org.assertj.core.groups.Tuple.tuple(4, "ecContribution", "2500,75", "opendata.error.decimalComma"),
                org.assertj.core.groups.Tuple.tuple(5, "ecContribution", "12 000", "opendata.error.thousandsSeparator"));
        assertUntouched();
    }

    @Test
    void wrongEncodingIsReportedWithTheLineOfTheFirstBadByte() throws IOException {
        importGoodVersion();
        byte[] latin1 = (HEADER + "101,900,ULB,coordinator,1000,2023-01-01,2025-12-31,Horizon Europe\n"
                + "101,901,Université de Liège,participant,2000,2023-01-01,2025-12-31,Horizon Europe\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(latin1);
        }
        JobView job = importAndWait(ImportFormat.CORDIS_CSV, ImportMode.VALID_ROWS, "mini.csv.gz", gz.toByteArray());
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(errors(job.id())).singleElement().isEqualTo(
                new ErrorView(3, "encoding", "0xE9", "opendata.error.encoding", "UTF-8"));
        assertUntouched();
    }

    @Test
    void validRowsModeWritesOnlyTheValidRowsAndReportsTheOthers() {
        JobView job = importMini(ImportMode.VALID_ROWS, """
                101,900,ULB,coordinator,1000,2023-01-01,2025-12-31,Horizon Europe
                101,901,VUB,participant,"1,000",2023-01-01,2025-12-31,Horizon Europe
                102,902,KU Leuven,participant,500.25,2023-01-01,2025-12-31,Horizon Europe
                """);
        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(job.outcomeKey()).isEqualTo("opendata.outcome.importedValidRows");
        assertThat(job.rowsWritten()).isEqualTo(2);
        assertThat(job.rowsRejected()).isEqualTo(1);
        assertThat(totalAmount(KEY)).isEqualByComparingTo(new BigDecimal("1500.25"));
        assertThat(errors(job.id())).extracting(ErrorView::row).containsExactly(3);
    }

    @Test
    void cancelledImportWritesNothing() throws IOException {
        importGoodVersion();
        StringBuilder big = new StringBuilder(HEADER);
        for (int i = 0; i < 60_000; i++) {
            big.append(200_000 + i).append(",900,ULB,coordinator,1000,2023-01-01,2025-12-31,Horizon Europe\n");
        }
        UUID id = jobs.submit(ImportFormat.CORDIS_CSV, ImportMode.ALL_OR_NOTHING, "mini.csv", utf8(big.toString()), "test");
        createUser("officer@example.org", org.regia.identity.Role.PROGRAMME_OFFICER);
        actAs("officer@example.org");
        jobs.cancel(id);
        JobView job = waitFor(id);
        assertThat(job.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(job.cancelRequested()).isTrue();
        assertNothingWritten(job);
        assertUntouched();
    }

    @Test
    void errorSummaryGroupsTheRowsByFieldAndReason() {
        JobView job = importMini(ImportMode.ALL_OR_NOTHING, """
                101,900,ULB,coordinator,"1,000",2023-01-01,2025-12-31,Horizon Europe
                101,901,VUB,participant,"2,000",2023-01-01,2025-12-31,Horizon Europe
                101,902,KUL,participant,300,31/12/2023,2025-12-31,Horizon Europe
                """);
        createUser("officer@example.org", org.regia.identity.Role.PROGRAMME_OFFICER);
        actAs("officer@example.org");
        assertThat(jobs.summary(job.id())).extracting(s -> s.field() + " " + s.reasonKey() + " " + s.count() + " " + s.firstRows())
                .containsExactly("ecContribution opendata.error.thousandsSeparator 2 [2, 3]",
                        "startDate opendata.error.dateDdMmYyyy 1 [4]");
        List<ErrorView> page = jobs.errors(job.id(), 0, 10);
        assertThat(page).hasSize(3);
    }
}

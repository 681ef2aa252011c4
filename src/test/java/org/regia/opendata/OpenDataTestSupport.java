package org.regia.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.regia.opendata.internal.ErrorView;
import org.regia.opendata.internal.ImportFormat;
import org.regia.opendata.internal.ImportJobs;
import org.regia.opendata.internal.ImportMode;
import org.regia.opendata.internal.JobView;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Runs imports to their end and reads their reports (the real data lives in ../shared/data). */
abstract class OpenDataTestSupport extends IntegrationTest {

    static final Path DATA = Path.of("../shared/data");

    @Autowired
    ImportJobs jobs;

    static byte[] real(String relative) throws IOException {
        Path file = DATA.resolve(relative);
        assumeTrue(Files.isRegularFile(file), "real data absent (expected at " + file.toAbsolutePath() + ")");
        return Files.readAllBytes(file);
    }

    JobView importAndWait(ImportFormat format, ImportMode mode, String fileName, byte[] content) {
        UUID id = jobs.submit(format, mode, fileName, content, "test");
        return waitFor(id);
    }

    JobView waitFor(UUID id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            JobView job = jobs.find(id).orElseThrow();
            if (job.status().finished()) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import did not finish in 120 s");
    }

    List<ErrorView> errors(UUID job) {
        return jdbc().query("select row_number, field, value, reason_key, detail from opendata_import_error where job_id = ? order by seq",
                (rs, n) -> new ErrorView((Integer) rs.getObject(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)), job);
    }

    long grantCount(String datasetKey) {
        return jdbc().queryForObject("select count(*) from opendata_external_grant g join opendata_dataset d on d.id = g.dataset_id where d.dataset_key = ?",
                Long.class, datasetKey);
    }

    long totalGrants() {
        return jdbc().queryForObject("select count(*) from opendata_external_grant", Long.class);
    }

    BigDecimal totalAmount(String datasetKey) {
        return jdbc().queryForObject("select coalesce(sum(amount), 0) from opendata_external_grant g join opendata_dataset d on d.id = g.dataset_id where d.dataset_key = ?",
                BigDecimal.class, datasetKey);
    }

    long distinct(String column, String datasetKey) {
        return jdbc().queryForObject("select count(distinct " + column + ") from opendata_external_grant g join opendata_dataset d on d.id = g.dataset_id where d.dataset_key = ?",
                Long.class, datasetKey);
    }

    static void assertNothingWritten(JobView job) {
        assertThat(job.rowsWritten()).isZero();
    }
}

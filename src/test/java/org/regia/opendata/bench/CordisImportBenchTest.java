package org.regia.opendata.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.regia.opendata.internal.ImportFormat;
import org.regia.opendata.internal.ImportJobs;
import org.regia.opendata.internal.ImportMode;
import org.regia.opendata.internal.JobStatus;
import org.regia.opendata.internal.JobView;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 9's benchmark: import of the 36,985 CORDIS participations of German organisations (target < 15 s), from the
 * job's submission to its end (gunzip, UTF-8 check, parsing, validation, duplicate detection, writing in one
 * transaction), then the export of the whole dataset as a validated 360Giving package. Three runs (the first warms
 * the JIT up); writes target/bench/cordis-import.txt.
 */
@Tag("bench")
class CordisImportBenchTest extends IntegrationTest {

    @Autowired
    ImportJobs jobs;
    @Autowired
    org.regia.opendata.internal.OpenDatasets datasets;

    @Test
    void importGermanParticipations() throws IOException, InterruptedException {
        Path file = Path.of("../shared/data/cordis/h2020-horizon-europe-participations-germany.csv.gz");
        assumeTrue(Files.isRegularFile(file), "real data absent: " + file.toAbsolutePath());
        byte[] content = Files.readAllBytes(file);
        StringBuilder report = new StringBuilder("CORDIS import benchmark: ").append(file.getFileName()).append('\n')
                .append("machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, load average ")
                .append(String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append(", max heap ").append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB, Java ")
                .append(System.getProperty("java.version")).append('\n');
        double best = Double.MAX_VALUE;
        double exportBest = Double.MAX_VALUE;
        int rows = 0;
        int exported = 0;
        String datasetKey = null;
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            UUID id = jobs.submit(ImportFormat.CORDIS_CSV, ImportMode.ALL_OR_NOTHING, file.getFileName().toString(), content, "bench");
            JobView job;
            do {
                Thread.sleep(20);
                job = jobs.find(id).orElseThrow();
            } while (!job.status().finished() && System.nanoTime() - start < Duration.ofMinutes(5).toNanos());
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
            rows = job.rowsWritten();
            best = Math.min(best, seconds);
            report.append(String.format(Locale.ROOT, "run %d: %d rows in %.2f s = %.0f rows/s%n", run, rows, seconds, rows / seconds));
            // export of every grant of the dataset as a 360Giving package, validated against the official schema
            // (not cached: the import above changed the dataset)
            long exportStart = System.nanoTime();
            datasetKey = job.datasetKey();
            var export = datasets.export(datasetKey);
            double exportSeconds = (System.nanoTime() - exportStart) / 1e9;
            exportBest = Math.min(exportBest, exportSeconds);
            exported = export.grants();
            report.append(String.format(Locale.ROOT, "        export: %d grants, %.1f MB, built and validated in %.2f s = %.0f rows/s%n",
                    export.grants(), export.json().length / 1e6, exportSeconds, export.grants() / exportSeconds));
        }
        report.append(String.format(Locale.ROOT, "export best: %.2f s = %.0f rows/s%n", exportBest, exported / exportBest));
        report.append(String.format(Locale.ROOT, "best: %.2f s = %.0f rows/s (target < 15 s)%n", best, rows / best));
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/cordis-import.txt"), report);
        System.out.println(report);
        assertThat(rows).isEqualTo(36_985);
        // every grant with an amount and an award date is exported (the standard requires both)
        assertThat(exported).isEqualTo(jdbc().queryForObject("""
                select count(*) from opendata_external_grant g join opendata_dataset d on d.id = g.dataset_id
                where d.dataset_key = ? and g.amount is not null and coalesce(g.award_date, g.start_date) is not null""", Integer.class, datasetKey));
    }
}

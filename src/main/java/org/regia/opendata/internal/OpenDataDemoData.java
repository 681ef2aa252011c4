package org.regia.opendata.internal;

import java.io.IOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo profile: imports a few real public files (when the data folder is present) once, as background jobs, so the
 * open-data page, the API and the imports history have content: a 360Giving sample, the City of Brussels subsidies
 * (valid rows: two enterprise numbers of the file fail their check digits), the CORDIS German participations, and
 * the Lloyds file that does not validate (to show a report).
 */
@Component
@Profile("demo")
@Order(90)
class OpenDataDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OpenDataDemoData.class);

    private final ImportJobs jobs;
    private final SampleFiles samples;
    private final JdbcTemplate jdbc;

    OpenDataDemoData(ImportJobs jobs, SampleFiles samples, JdbcTemplate jdbc) {
        this.jobs = jobs;
        this.samples = samples;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Integer existing = jdbc.queryForObject("select count(*) from opendata_import_job", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        submit("360giving/grants/a002400000nO46WAAS.json", ImportMode.ALL_OR_NOTHING);
        submit("brussels-city-subsidies-2022/beneficiaires.csv", ImportMode.VALID_ROWS);
        submit("cordis/h2020-horizon-europe-participations-germany.csv.gz", ImportMode.ALL_OR_NOTHING);
        submit("360giving/grants/a002400000OiDBQAA3.json", ImportMode.ALL_OR_NOTHING);
    }

    private void submit(String name, ImportMode mode) throws IOException {
        var sample = samples.find(name);
        if (sample.isEmpty()) {
            log.info("demo open data: {} not found, skipped", name);
            return;
        }
        String fileName = sample.get().path().getFileName().toString();
        if (sample.get().format() == ImportFormat.BRUSSELS_SUBSIDIES_CSV) {
            fileName = "beneficiaires-2022.csv";
        }
        jobs.submit(sample.get().format(), mode, fileName, Files.readAllBytes(sample.get().path()), "demo");
    }
}

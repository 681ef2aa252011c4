package org.regia.opendata.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.regia.identity.CurrentUser;
import org.regia.identity.RegiaAccount;
import org.regia.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import jakarta.annotation.PreDestroy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Import jobs: created by a person, run in the background (one at a time), their progress, counts and error report
 * kept in the database. A job changes nothing unless the whole file is valid, or the person chose "import valid
 * rows"; a file-level problem (encoding, separator, not a 360Giving package) is never partially imported.
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ThreadPoolTaskExecutor executor;
    private final PortfolioWriter writer;
    private final GivingSchema schema;
    private final int maxStoredErrors;
    private final Set<UUID> cancelled = ConcurrentHashMap.newKeySet();

    public ImportJobs(JdbcTemplate jdbc, Clock clock, PortfolioWriter writer, GivingSchema schema,
                      @Value("${regia.opendata.max-stored-errors:10000}") int maxStoredErrors) {
        this.jdbc = jdbc;
        this.clock = clock;
        // imports run one at a time, off the request thread; deliberately not a bean, so that it does not replace
        // the application's task executor (used by the asynchronous event listeners of the other modules)
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(1);
        pool.setMaxPoolSize(1);
        pool.setQueueCapacity(20);
        pool.setThreadNamePrefix("opendata-import-");
        pool.initialize();
        this.executor = pool;
        this.writer = writer;
        this.schema = schema;
        this.maxStoredErrors = maxStoredErrors;
    }

    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public UUID start(ImportFormat format, ImportMode mode, String fileName, byte[] content) {
        String who = CurrentUser.get().map(RegiaAccount::email).orElse("?");
        return submit(format, mode, fileName, content, who);
    }

    /** Starts a job on behalf of the system (demo data); people go through {@link #start}. */
    public UUID submit(ImportFormat format, ImportMode mode, String fileName, byte[] content, String who) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into opendata_import_job (id, format, mode, file_name, file_size, status, created_by, created_at)
                values (?, ?, ?, ?, ?, 'QUEUED', ?, ?)""",
                id, format.name(), mode.name(), Values.cut(fileName, 300), content.length, who, Timestamp.from(clock.instant()));
        executor.execute(() -> run(id, format, mode, fileName, content));
        return id;
    }

    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public void cancel(UUID id) {
        get(id);
        cancelled.add(id);
        jdbc.update("update opendata_import_job set cancel_requested = true where id = ?", id);
        // a job still waiting in the queue is cancelled at once
        jdbc.update("update opendata_import_job set status = 'CANCELLED', outcome_key = 'opendata.outcome.cancelled', finished_at = ? where id = ? and status = 'QUEUED'",
                Timestamp.from(clock.instant()), id);
    }

    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public JobView get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("importJob", id));
    }

    public Optional<JobView> find(UUID id) {
        return jdbc.query("select * from opendata_import_job where id = ?", JOB, id).stream().findFirst();
    }

    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public List<JobView> recent() {
        return jdbc.query("select * from opendata_import_job order by created_at desc limit 30", JOB);
    }

    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public List<ErrorView> errors(UUID id, int offset, int limit) {
        return jdbc.query("""
                select row_number, field, value, reason_key, detail from opendata_import_error
                where job_id = ? order by seq offset ? limit ?""",
                (rs, n) -> new ErrorView((Integer) rs.getObject("row_number"), rs.getString("field"),
                        rs.getString("value"), rs.getString("reason_key"), rs.getString("detail")),
                id, offset, limit);
    }

    /** The report condensed: one line per field and reason, with the number of rows and the first ones. */
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public List<ErrorSummary> summary(UUID id) {
        return jdbc.query("""
                select coalesce(field, '') as field, reason_key, count(*) as n,
                       (array_agg(row_number order by row_number) filter (where row_number is not null))[1:10] as rows
                from opendata_import_error where job_id = ? group by field, reason_key order by count(*) desc, field""",
                (rs, n) -> {
                    java.sql.Array a = rs.getArray("rows");
                    List<Integer> rows = a == null ? List.of()
                            : Arrays.stream((Object[]) a.getArray()).map(o -> ((Number) o).intValue()).toList();
                    return new ErrorSummary(rs.getString("field"), rs.getString("reason_key"), rs.getInt("n"), rows);
                }, id);
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    // ---------------------------------------------------------------------------------------------- the worker

    void run(UUID id, ImportFormat format, ImportMode mode, String fileName, byte[] content) {
        if (cancelled.remove(id) || status(id) == JobStatus.CANCELLED) {
            return;
        }
        jdbc.update("update opendata_import_job set status = 'VALIDATING', started_at = ? where id = ?",
                Timestamp.from(clock.instant()), id);
        try {
            ParsedFile parsed = parse(id, format, fileName, content);
            storeErrors(id, parsed);
            jdbc.update("update opendata_import_job set rows_total = ?, rows_checked = ?, rows_rejected = ?, error_count = ?, dataset_key = ? where id = ?",
                    parsed.rowsTotal(), parsed.rowsTotal(), parsed.rowsRejected(), parsed.errors().size(), parsed.datasetKey(), id);
            if (parsed.fatal()) {
                finish(id, JobStatus.FAILED, "opendata.outcome.fileRejected");
            } else if (!parsed.errors().isEmpty() && mode == ImportMode.ALL_OR_NOTHING) {
                finish(id, JobStatus.FAILED, "opendata.outcome.rowsRejected");
            } else if (parsed.rows().isEmpty()) {
                finish(id, JobStatus.FAILED, "opendata.outcome.nothingValid");
            } else {
                checkCancelled(id);
                jdbc.update("update opendata_import_job set status = 'WRITING' where id = ?", id);
                writer.replace(parsed, format, fileName, id, written -> {
                    jdbc.update("update opendata_import_job set rows_written = ? where id = ?", written, id);
                    checkCancelled(id);
                });
                jdbc.update("update opendata_import_job set rows_written = ? where id = ?", parsed.rows().size(), id);
                finish(id, JobStatus.SUCCEEDED, parsed.errors().isEmpty() ? "opendata.outcome.imported" : "opendata.outcome.importedValidRows");
            }
        } catch (ImportCancelledException e) {
            jdbc.update("update opendata_import_job set rows_written = 0 where id = ?", id);
            finish(id, JobStatus.CANCELLED, "opendata.outcome.cancelled");
        } catch (RuntimeException e) {
            log.error("import job {} failed", id, e);
            jdbc.update("insert into opendata_import_error (job_id, seq, row_number, field, value, reason_key, detail) values (?, 0, null, 'file', null, 'opendata.error.internal', ?)",
                    id, Values.cut(String.valueOf(e.getMessage()), 1000));
            jdbc.update("update opendata_import_job set error_count = error_count + 1, rows_written = 0 where id = ?", id);
            finish(id, JobStatus.FAILED, "opendata.outcome.internalError");
        } finally {
            cancelled.remove(id);
        }
    }

    private ParsedFile parse(UUID id, ImportFormat format, String fileName, byte[] content) {
        ImportProgress progress = new ImportProgress() {
            @Override
            public void total(int rows) {
                jdbc.update("update opendata_import_job set rows_total = ? where id = ?", rows, id);
            }

            @Override
            public void checked(int rows) {
                jdbc.update("update opendata_import_job set rows_checked = ? where id = ?", rows, id);
            }

            @Override
            public void checkCancelled() {
                ImportJobs.this.checkCancelled(id);
            }
        };
        return switch (format) {
            case GIVING360_JSON -> new Giving360Parser(schema).parse(fileName, content, progress);
            case CORDIS_CSV -> new CordisCsvParser().parse(fileName, content, progress);
            case BRUSSELS_SUBSIDIES_CSV -> new BrusselsSubsidiesParser().parse(fileName, content, yearOf(fileName), progress);
            case REGIA_GRANTS -> throw new IllegalArgumentException("Regia's own grants are published, not imported");
        };
    }

    static int yearOf(String fileName) {
        var m = java.util.regex.Pattern.compile("(20\\d\\d)").matcher(fileName == null ? "" : fileName);
        return m.find() ? Integer.parseInt(m.group(1)) : 2022;
    }

    private void checkCancelled(UUID id) {
        if (cancelled.contains(id)) {
            throw new ImportCancelledException();
        }
    }

    private JobStatus status(UUID id) {
        return JobStatus.valueOf(jdbc.queryForObject("select status from opendata_import_job where id = ?", String.class, id));
    }

    private void storeErrors(UUID id, ParsedFile parsed) {
        List<Object[]> batch = new ArrayList<>();
        int seq = 0;
        for (RowError e : parsed.errors()) {
            if (seq >= maxStoredErrors) {
                break;
            }
            seq++;
            batch.add(new Object[] {id, seq, e.row(), Values.cut(e.field(), 200), Values.cut(e.value(), 1000), e.reasonKey(),
                    Values.cut(e.detail(), 2000)});
        }
        jdbc.batchUpdate("insert into opendata_import_error (job_id, seq, row_number, field, value, reason_key, detail) values (?, ?, ?, ?, ?, ?, ?)", batch);
    }

    private void finish(UUID id, JobStatus status, String outcomeKey) {
        jdbc.update("update opendata_import_job set status = ?, outcome_key = ?, finished_at = ? where id = ?",
                status.name(), outcomeKey, Timestamp.from(clock.instant()), id);
    }

    private static final RowMapper<JobView> JOB = (rs, n) -> new JobView(
            rs.getObject("id", UUID.class), ImportFormat.valueOf(rs.getString("format")), ImportMode.valueOf(rs.getString("mode")),
            rs.getString("file_name"), rs.getLong("file_size"), JobStatus.valueOf(rs.getString("status")),
            rs.getInt("rows_total"), rs.getInt("rows_checked"), rs.getInt("rows_written"), rs.getInt("rows_rejected"),
            rs.getInt("error_count"), rs.getBoolean("cancel_requested"), rs.getString("outcome_key"), rs.getString("dataset_key"),
            rs.getString("created_by"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("started_at")),
            instant(rs.getTimestamp("finished_at")));

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}

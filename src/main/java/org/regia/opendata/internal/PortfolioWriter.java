package org.regia.opendata.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a parsed file as a dataset of an external portfolio, replacing the previous version of the same dataset, in
 * ONE transaction: a cancelled or failed write leaves the previous version untouched. Rows go in multi-row INSERT
 * statements of {@value #CHUNK} rows (tens of thousands of rows per second on PostgreSQL); the progress is written
 * in its own short transactions so that the page can show it while the main one is open.
 */
@Component
public class PortfolioWriter {

    static final int CHUNK = 500;
    private static final String COLUMNS = "(id, dataset_id, row_number, identifier, title, description, funder_id, funder_name,"
            + " recipient_id, recipient_name, recipient_country, recipient_type, project_ref, participant_role, amount,"
            + " currency, award_date, award_year, start_date, end_date, programme, from_open_call)";
    private static final int PARAMS = 22;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final TransactionTemplate progressTx;
    private final String licence;

    public PortfolioWriter(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions,
                           @Value("${regia.opendata.licence:https://creativecommons.org/licenses/by/4.0/}") String licence) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.progressTx = new TransactionTemplate(transactions);
        this.progressTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.licence = licence;
    }

    public void replace(ParsedFile parsed, ImportFormat format, String fileName, UUID jobId, IntConsumer progress) {
        tx.executeWithoutResult(status -> {
            UUID datasetId = jdbc.query("select id from opendata_dataset where dataset_key = ? for update",
                    (rs, n) -> rs.getObject(1, UUID.class), parsed.datasetKey()).stream().findFirst().orElse(null);
            BigDecimal total = parsed.rows().stream().map(GrantRow::amount).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            Timestamp now = Timestamp.from(clock.instant());
            if (datasetId == null) {
                datasetId = UUID.randomUUID();
                jdbc.update("""
                        insert into opendata_dataset (id, dataset_key, format, title, funder_id, funder_name, source_file,
                            licence, grant_count, total_amount, updated_at, job_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        datasetId, parsed.datasetKey(), format.name(), Values.cut(parsed.title(), 300), parsed.funderId(),
                        Values.cut(parsed.funderName(), 300), Values.cut(fileName, 300), licence, parsed.rows().size(), total, now, jobId);
            } else {
                jdbc.update("delete from opendata_external_grant where dataset_id = ?", datasetId);
                jdbc.update("""
                        update opendata_dataset set format = ?, title = ?, funder_id = ?, funder_name = ?, source_file = ?,
                            grant_count = ?, total_amount = ?, updated_at = ?, job_id = ? where id = ?""",
                        format.name(), Values.cut(parsed.title(), 300), parsed.funderId(), Values.cut(parsed.funderName(), 300),
                        Values.cut(fileName, 300), parsed.rows().size(), total, now, jobId, datasetId);
            }
            insert(datasetId, parsed.rows(), progress);
        });
    }

    private void insert(UUID datasetId, List<GrantRow> rows, IntConsumer progress) {
        String fullSql = sql(CHUNK);
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<GrantRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            String sql = chunk.size() == CHUNK ? fullSql : sql(chunk.size());
            jdbc.update(con -> {
                PreparedStatement ps = con.prepareStatement(sql);
                int i = 1;
                for (GrantRow r : chunk) {
                    i = bind(ps, i, datasetId, r);
                }
                return ps;
            });
            int written = from + chunk.size();
            progressTx.executeWithoutResult(s -> progress.accept(written));
        }
    }

    private static String sql(int rows) {
        StringBuilder sb = new StringBuilder("insert into opendata_external_grant ").append(COLUMNS).append(" values ");
        String one = "(" + "?,".repeat(PARAMS - 1) + "?)";
        for (int i = 0; i < rows; i++) {
            sb.append(i == 0 ? "" : ",").append(one);
        }
        return sb.toString();
    }

    private static int bind(PreparedStatement ps, int i, UUID datasetId, GrantRow r) throws SQLException {
        ps.setObject(i++, UUID.randomUUID());
        ps.setObject(i++, datasetId);
        ps.setInt(i++, r.row());
        ps.setString(i++, Values.cut(r.identifier(), 300));
        ps.setString(i++, r.title());
        ps.setString(i++, r.description());
        ps.setString(i++, Values.cut(r.funderId(), 200));
        ps.setString(i++, Values.cut(r.funderName(), 300));
        ps.setString(i++, Values.cut(r.recipientId(), 200));
        ps.setString(i++, Values.cut(r.recipientName(), 500));
        ps.setString(i++, Values.cut(r.recipientCountry(), 100));
        ps.setString(i++, Values.cut(r.recipientType(), 100));
        ps.setString(i++, Values.cut(r.projectRef(), 100));
        ps.setString(i++, Values.cut(r.role(), 50));
        ps.setBigDecimal(i++, r.amount());
        ps.setString(i++, r.currency() == null ? "EUR" : Values.cut(r.currency(), 3));
        ps.setObject(i++, date(r.awardDate()), Types.DATE);
        ps.setObject(i++, r.awardYear(), Types.INTEGER);
        ps.setObject(i++, date(r.startDate()), Types.DATE);
        ps.setObject(i++, date(r.endDate()), Types.DATE);
        ps.setString(i++, Values.cut(r.programme(), 500));
        ps.setObject(i++, r.fromOpenCall(), Types.BOOLEAN);
        return i;
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}

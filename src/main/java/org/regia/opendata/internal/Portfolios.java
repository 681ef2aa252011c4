package org.regia.opendata.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/** Read side of the external portfolios (public data: no access check). */
@Service
public class Portfolios {

    private final JdbcTemplate jdbc;

    public Portfolios(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<DatasetView> datasets() {
        return jdbc.query("select * from opendata_dataset order by own desc, title", DATASET);
    }

    public Optional<DatasetView> dataset(String key) {
        return jdbc.query("select * from opendata_dataset where dataset_key = ?", DATASET, key).stream().findFirst();
    }

    /** Filter of the public API; null fields do not filter. */
    public record Filter(String dataset, String funder, String programme, Integer year, String recipientType,
                         String domain) {

        public Filter(String dataset, String funder, String programme, Integer year) {
            this(dataset, funder, programme, year, null, null);
        }
    }

    public Page<ExternalGrantView> grants(Filter f, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.dataset() != null && !f.dataset().isBlank()) {
            where.append(" and d.dataset_key = ?");
            args.add(f.dataset());
        }
        if (f.funder() != null && !f.funder().isBlank()) {
            where.append(" and (g.funder_id = ? or g.funder_name ilike ?)");
            args.add(f.funder());
            args.add("%" + f.funder() + "%");
        }
        if (f.programme() != null && !f.programme().isBlank()) {
            where.append(" and g.programme ilike ?");
            args.add("%" + f.programme() + "%");
        }
        if (f.year() != null) {
            where.append(" and g.award_year = ?");
            args.add(f.year());
        }
        if (f.recipientType() != null && !f.recipientType().isBlank()) {
            where.append(" and g.recipient_type = ?");
            args.add(f.recipientType());
        }
        if (f.domain() != null && !f.domain().isBlank()) {
            where.append(" and ? = any(g.domains)");
            args.add(f.domain());
        }
        String from = " from opendata_external_grant g join opendata_dataset d on d.id = g.dataset_id";
        Long total = jdbc.queryForObject("select count(*)" + from + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<ExternalGrantView> content = jdbc.query("select g.*, d.dataset_key" + from + where
                + " order by d.dataset_key, g.row_number limit ? offset ?", GRANT, pageArgs.toArray());
        return new PageImpl<>(content, pageable, total == null ? 0 : total);
    }

    public List<ExternalGrantView> allGrants(String datasetKey) {
        return jdbc.query("""
                select g.*, d.dataset_key from opendata_external_grant g join opendata_dataset d on d.id = g.dataset_id
                where d.dataset_key = ? order by g.row_number""", GRANT, datasetKey);
    }

    private static final RowMapper<DatasetView> DATASET = (rs, n) -> new DatasetView(
            rs.getObject("id", java.util.UUID.class), rs.getString("dataset_key"), ImportFormat.valueOf(rs.getString("format")),
            rs.getString("title"), rs.getString("funder_id"), rs.getString("funder_name"), rs.getString("source_file"),
            rs.getString("licence"), rs.getInt("grant_count"), rs.getBigDecimal("total_amount"),
            rs.getTimestamp("updated_at").toInstant(), rs.getBoolean("own"));

    private static final RowMapper<ExternalGrantView> GRANT = (rs, n) -> new ExternalGrantView(
            rs.getString("dataset_key"), rs.getString("identifier"), rs.getString("title"), rs.getString("description"), rs.getString("funder_id"),
            rs.getString("funder_name"), rs.getString("recipient_id"), rs.getString("recipient_name"),
            rs.getString("recipient_country"), rs.getString("recipient_type"), rs.getString("project_ref"),
            rs.getString("participant_role"), rs.getBigDecimal("amount"), rs.getString("currency"),
            date(rs, "award_date"), (Integer) rs.getObject("award_year"), date(rs, "start_date"), date(rs, "end_date"),
            rs.getString("programme"), (Boolean) rs.getObject("from_open_call"), domains(rs),
            rs.getString("beneficiary_location"));

    private static List<String> domains(ResultSet rs) throws SQLException {
        java.sql.Array a = rs.getArray("domains");
        return a == null ? List.of() : List.of((String[]) a.getArray());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}

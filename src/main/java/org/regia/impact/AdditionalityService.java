package org.regia.impact;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.regia.impact.Additionality.Panel;
import org.regia.impact.Additionality.Scored;
import org.regia.impact.Additionality.StatedAdditionality;
import org.regia.impact.Additionality.WithoutSupport;
import org.regia.shared.DomainException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The three additionality estimates of a programme (or of the whole portfolio) on the survey data of one wave:
 * stated additionality (beneficiaries' "would you have done it without support?"), difference-in-differences of
 * beneficiaries versus rejected applicants on staff (FTE) from the accounts before the project to the survey answer,
 * and the regression discontinuity of the change in staff around the funding line, using the calls' rankings. Each
 * refuses with the reason when there are too few observations.
 */
@Service
@Transactional(readOnly = true)
public class AdditionalityService {

    public static final int MIN_ANSWERS = 10;
    public static final int MIN_PER_GROUP = 10;
    public static final int MIN_PER_SIDE = 8;

    public record Report(StatedAdditionality stated, Estimate differenceInDifferences, Estimate discontinuity,
                         double bandwidth) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AdditionalityService(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static final String LATEST = """
            with latest as (select distinct on (survey_id) * from impact_answer order by survey_id, version desc)
            """;

    public Report report(UUID programmeId, int wave, double bandwidth) {
        SurveyService.requireStaff();
        String programme = programmeId == null ? "" : " and s.programme_id = '" + programmeId + "'";
        List<WithoutSupport> stated = jdbc.query(LATEST + """
                select a.without_support from impact_survey s join latest a on a.survey_id = s.id
                where s.kind = 'BENEFICIARY' and s.wave = ? and a.without_support is not null""" + programme,
                (rs, i) -> WithoutSupport.valueOf(rs.getString(1)), wave);
        List<Panel> panel = jdbc.query(LATEST + """
                select s.kind, s.baseline_staff, a.staff_fte from impact_survey s join latest a on a.survey_id = s.id
                where s.wave = ? and s.baseline_staff is not null and a.staff_fte is not null""" + programme,
                (rs, i) -> new Panel("BENEFICIARY".equals(rs.getString(1)), rs.getDouble(2), rs.getDouble(3)), wave);
        List<Scored> scored = jdbc.query(LATEST + """
                select r.score - r.cutoff, a.staff_fte - s.baseline_staff
                from impact_survey s join latest a on a.survey_id = s.id join impact_ranking r on r.application_id = s.application_id
                where s.wave = ? and s.baseline_staff is not null and a.staff_fte is not null""" + programme,
                (rs, i) -> new Scored(rs.getDouble(1), rs.getDouble(2)), wave);
        return new Report(Additionality.stated(stated, MIN_ANSWERS),
                Additionality.differenceInDifferences(panel, MIN_PER_GROUP),
                Additionality.regressionDiscontinuity(scored, 0, bandwidth, MIN_PER_SIDE), bandwidth);
    }

    // ---- rankings ----

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern SCORE = Pattern.compile("\\d{1,4}([.]\\d{1,3})?");

    /** One ranked application of a call: its score and the call's funding line (the score of the last funded one). */
    public record Ranked(UUID applicationId, UUID callId, BigDecimal score, BigDecimal cutoff) {
    }

    /**
     * Imports the rankings of past calls (CSV with the header {@code application_id;call_id;score;cutoff}, ";" or ","
     * separated as in the header, "." as decimal mark). All lines are checked first; any error names its line and value and nothing
     * is imported. A ranking already imported for an application is replaced.
     */
    @Transactional
    public int importRankings(String csv) {
        SurveyService.requireStaff();
        String[] lines = csv.strip().split("\\r?\\n");
        if (lines.length < 2 || !lines[0].replace(',', ';').strip().equalsIgnoreCase("application_id;call_id;score;cutoff")) {
            throw DomainException.onField("file", "impact.ranking.header");
        }
        String separator = lines[0].contains(";") ? ";" : ",";
        List<Ranked> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int line = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].split(separator, -1);
            if (f.length != 4) {
                throw DomainException.onField("file", "impact.ranking.columns", line, f.length);
            }
            for (int c = 0; c < 2; c++) {
                if (!(c == 1 && f[c].isBlank()) && !UUID_TEXT.matcher(f[c].strip()).matches()) {
                    throw DomainException.onField("file", "impact.ranking.id", line, f[c].strip());
                }
            }
            for (int c = 2; c < 4; c++) {
                if (!SCORE.matcher(f[c].strip()).matches()) {
                    throw DomainException.onField("file", "impact.ranking.score", line, f[c].strip());
                }
            }
            rows.add(new Ranked(UUID.fromString(f[0].strip()), f[1].isBlank() ? null : UUID.fromString(f[1].strip()),
                    new BigDecimal(f[2].strip()), new BigDecimal(f[3].strip())));
        }
        rows.forEach(this::recordRanking);
        return rows.size();
    }

    /** Records (or replaces) the ranking of one application as its call's evaluation ended (system use). */
    @Transactional
    public void recordRanking(Ranked r) {
        jdbc.update("""
                insert into impact_ranking (application_id, call_id, score, cutoff, funded, imported_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (application_id) do update set call_id = excluded.call_id, score = excluded.score,
                    cutoff = excluded.cutoff, funded = excluded.funded, imported_at = excluded.imported_at""",
                r.applicationId(), r.callId(), r.score(), r.cutoff(), r.score().compareTo(r.cutoff()) >= 0,
                java.sql.Timestamp.from(clock.instant()));
    }

    public long rankingCount() {
        return jdbc.queryForObject("select count(*) from impact_ranking", Long.class);
    }
}

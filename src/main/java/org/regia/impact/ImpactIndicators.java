package org.regia.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outcome indicators from the beneficiaries' latest answers, rolled up by programme, strategic domain, beneficiary
 * type or survey year, for one wave (mixing waves would count a project twice). Every figure comes with the number of
 * surveys sent and answered, because an average over 12 % of the portfolio is not the portfolio's.
 */
@Service
@Transactional(readOnly = true)
public class ImpactIndicators {

    /** The sources' reference: 7.8 direct jobs per EUR 1 million granted (DOMAIN §3 step 9). */
    public static final BigDecimal REFERENCE_JOBS_PER_MILLION = new BigDecimal("7.8");

    public enum Dimension { PROGRAMME, DOMAIN, BENEFICIARY_TYPE, YEAR, TOTAL }

    /**
     * One row of the roll-up. {@code amountAnswered} is the amount granted to the projects that answered: the jobs per
     * million are computed on those projects only, never extrapolated.
     */
    public record Row(String key, long sent, long answered, BigDecimal amountAnswered, BigDecimal fteCreated,
                      BigDecimal fteKept, BigDecimal privateFunding, BigDecimal publicFunding, long patents,
                      long publications, long spinOffs, long productsLaunched, long stillInRegion) {

        public Double responseRate() {
            return sent == 0 ? null : answered / (double) sent;
        }

        public BigDecimal jobsPerMillion() {
            if (amountAnswered == null || amountAnswered.signum() == 0 || fteCreated == null) {
                return null;
            }
            return fteCreated.multiply(BigDecimal.valueOf(1_000_000)).divide(amountAnswered, 1, RoundingMode.HALF_UP);
        }
    }

    private final JdbcTemplate jdbc;

    ImpactIndicators(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> rollUp(Dimension dimension, int wave) {
        SurveyService.requireStaff();
        String key = switch (dimension) {
            case PROGRAMME -> "coalesce(s.programme_id::text, '')";
            case DOMAIN -> "d.domain";
            case BENEFICIARY_TYPE -> "coalesce(s.organisation_type, '')";
            case YEAR -> "extract(year from s.opens_on)::int::text";
            case TOTAL -> "'TOTAL'";
        };
        String from = dimension == Dimension.DOMAIN
                ? "impact_survey s cross join lateral unnest(case when s.domains = '' then array['']::text[] "
                  + "else string_to_array(s.domains, ',') end) as d(domain)"
                : "impact_survey s";
        String sql = """
                with latest as (
                    select distinct on (survey_id) * from impact_answer order by survey_id, version desc)
                select %s as k,
                       count(*) as sent,
                       count(a.id) as answered,
                       coalesce(sum(s.amount) filter (where a.id is not null), 0) as amount_answered,
                       coalesce(sum(a.fte_created), 0) as fte_created,
                       coalesce(sum(a.fte_kept), 0) as fte_kept,
                       coalesce(sum(a.private_funding), 0) as private_funding,
                       coalesce(sum(a.public_funding), 0) as public_funding,
                       coalesce(sum(a.patents), 0) as patents,
                       coalesce(sum(a.publications), 0) as publications,
                       coalesce(sum(a.spin_offs), 0) as spin_offs,
                       coalesce(sum(a.products_launched), 0) as products,
                       count(*) filter (where a.still_in_region) as in_region
                from %s
                left join latest a on a.survey_id = s.id
                where s.kind = 'BENEFICIARY' and s.state <> 'SCHEDULED' and s.wave = ?
                group by 1 order by 1""".formatted(key, from);
        return jdbc.query(sql, (rs, i) -> new Row(rs.getString("k"), rs.getLong("sent"), rs.getLong("answered"),
                rs.getBigDecimal("amount_answered"), rs.getBigDecimal("fte_created"), rs.getBigDecimal("fte_kept"),
                rs.getBigDecimal("private_funding"), rs.getBigDecimal("public_funding"), rs.getLong("patents"),
                rs.getLong("publications"), rs.getLong("spin_offs"), rs.getLong("products"), rs.getLong("in_region")),
                wave);
    }

    /** The waves that have surveys (for the selector). */
    public List<Integer> waves() {
        return jdbc.queryForList("select distinct wave from impact_survey order by wave", Integer.class);
    }
}

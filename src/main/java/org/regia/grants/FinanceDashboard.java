package org.regia.grants;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regia.catalogue.CatalogueService;
import org.regia.identity.CurrentUser;
import org.regia.identity.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The finance and management dashboards: per budget line and fiscal year (credit, committed, liquidated, ratio,
 * outstanding commitments) and per programme and beneficiary type (grants running in the year, amount awarded,
 * committed, liquidated). Read from the running totals the database keeps on every ledger insert and every change of
 * a grant (migration V24), so the figures cost the same with a hundred or a million ledger lines.
 */
@Service
@Transactional(readOnly = true)
public class FinanceDashboard {

    /** Grants outside a programme (recorded by hand) are grouped under this id in the totals. */
    public static final UUID NO_PROGRAMME = new UUID(0, 0);

    private final JdbcTemplate jdbc;
    private final CatalogueService catalogue;

    FinanceDashboard(JdbcTemplate jdbc, CatalogueService catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    /** One row of the programme × beneficiary-type table. */
    public record ProgrammeFigures(UUID programmeId, String programme, String beneficiaryType, long grants,
                                   BigDecimal awarded, BigDecimal committed, BigDecimal liquidated) {
        /** Liquidated versus committed in percent; null when nothing is committed. */
        public BigDecimal liquidatedRatio() {
            return committed.signum() == 0 ? null
                    : liquidated.multiply(BigDecimal.valueOf(100)).divide(committed, 2, RoundingMode.HALF_UP);
        }

        public BigDecimal outstanding() {
            return committed.subtract(liquidated);
        }
    }

    /** The fiscal years that have ledger lines, latest first (the dashboard's year filter). */
    public List<Integer> years() {
        requireReader();
        return jdbc.queryForList("select distinct fiscal_year from grants_line_totals order by fiscal_year desc", Integer.class);
    }

    /** Per budget line and year; one year only when {@code year} is given. */
    public List<FinanceLedger.Figures> lines(Integer year) {
        requireReader();
        return jdbc.query("""
                select budget_line, fiscal_year, credit, committed, liquidated from grants_line_totals
                where (cast(? as integer) is null or fiscal_year = ?) order by fiscal_year desc, budget_line
                """, (rs, i) -> new FinanceLedger.Figures(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3),
                rs.getBigDecimal(4), rs.getBigDecimal(5)), year, year);
    }

    /**
     * Per programme and beneficiary type: the grants running in the year (all grants without a year) with the amount
     * awarded, and what is committed and liquidated on the ledger for that fiscal year (all years without one).
     * Programme names in the reader's language; largest commitments first.
     */
    public List<ProgrammeFigures> byProgrammeAndType(Integer year, Locale locale) {
        requireReader();
        List<ProgrammeFigures> rows = jdbc.query("""
                with awarded as (
                    select programme_id, beneficiary_type, grants, awarded from grants_programme_awards
                    where year = coalesce(cast(? as integer), 0) and grants <> 0),
                ledger as (
                    select programme_id, beneficiary_type, sum(committed) as committed, sum(liquidated) as liquidated
                    from grants_programme_totals where cast(? as integer) is null or fiscal_year = ?
                    group by 1, 2)
                select coalesce(a.programme_id, l.programme_id), coalesce(a.beneficiary_type, l.beneficiary_type),
                       coalesce(a.grants, 0), coalesce(a.awarded, 0), coalesce(l.committed, 0), coalesce(l.liquidated, 0)
                from awarded a full join ledger l on l.programme_id = a.programme_id and l.beneficiary_type = a.beneficiary_type
                order by 5 desc, 4 desc
                """, (rs, i) -> new ProgrammeFigures(rs.getObject(1, UUID.class), null, rs.getString(2), rs.getLong(3),
                rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)), year, year, year);
        Map<UUID, String> names = rows.stream().map(ProgrammeFigures::programmeId).distinct()
                .collect(Collectors.toMap(Function.identity(), id -> name(id, locale)));
        List<ProgrammeFigures> named = new ArrayList<>(rows.size());
        rows.forEach(r -> named.add(new ProgrammeFigures(r.programmeId(), names.get(r.programmeId()), r.beneficiaryType(),
                r.grants(), r.awarded(), r.committed(), r.liquidated())));
        return named;
    }

    private String name(UUID programmeId, Locale locale) {
        if (NO_PROGRAMME.equals(programmeId)) {
            return "";
        }
        return catalogue.findProgramme(programmeId).map(p -> p.getName().in(locale)).orElse(programmeId.toString());
    }

    private static void requireReader() {
        if (!CurrentUser.hasAnyRole(Role.FINANCE_OFFICER, Role.COMMITTEE, Role.CONTROL_OFFICER, Role.ADMIN)) {
            throw new AccessDeniedException("finance dashboard: finance, committee, management control");
        }
    }
}

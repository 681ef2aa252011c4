package org.regia.applications;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only view of an application's budget for the modules that follow the project up after the decision (the grants
 * module checks cost claims against it): totals over the accepted partners per cost category and the flat-rate
 * overheads (each partner's rate on its non-subcontracted direct costs, as in {@link Partner#costsByWorkType()}).
 * No access check: callers check access to their own dossier.
 */
@Service
@Transactional(readOnly = true)
public class AcceptedBudget {

    /** Direct costs per category, overheads and the total (direct + overheads), in EUR. */
    public record Totals(Map<CostCategory, BigDecimal> direct, BigDecimal overheads) {
        public BigDecimal total() {
            return direct.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).add(overheads);
        }
    }

    private final JdbcTemplate jdbc;

    AcceptedBudget(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The budget of an application's accepted partners; empty when the application is unknown or has no budget. */
    public Optional<Totals> of(UUID applicationId) {
        if (applicationId == null) {
            return Optional.empty();
        }
        Map<CostCategory, BigDecimal> direct = new EnumMap<>(CostCategory.class);
        for (CostCategory c : CostCategory.values()) {
            direct.put(c, BigDecimal.ZERO.setScale(2));
        }
        BigDecimal[] overheads = {BigDecimal.ZERO.setScale(2)};
        boolean[] any = {false};
        jdbc.query("""
                select b.category, p.overhead_rate, b.amount
                from budget_line b join application_partner p on p.id = b.partner_id
                where p.application_id = ? and p.status = 'ACCEPTED'
                """, rs -> {
            any[0] = true;
            CostCategory category = CostCategory.valueOf(rs.getString(1));
            BigDecimal amount = rs.getBigDecimal(3);
            direct.merge(category, amount, BigDecimal::add);
            if (category != CostCategory.SUBCONTRACTING) {
                overheads[0] = overheads[0].add(amount.multiply(rs.getBigDecimal(2))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN));
            }
        }, applicationId);
        return any[0] ? Optional.of(new Totals(direct, overheads[0])) : Optional.empty();
    }
}

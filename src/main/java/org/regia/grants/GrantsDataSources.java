package org.regia.grants;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import org.regia.control.ControlDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Finance figures that management-control KPIs can be bound to. */
@Configuration(proxyBeanMethods = false)
class GrantsDataSources {

    /** "Total amount liquidated versus total amount committed" (policy letters 2022) for the current year, in %. */
    @Bean
    ControlDataSource liquidatedVersusCommitted(FinanceLedger ledger, Clock clock) {
        return new ControlDataSource() {
            @Override
            public String name() {
                return "grants.liquidated-vs-committed";
            }

            @Override
            public String description() {
                return "Amount liquidated (paid) versus amount committed, all budget lines, current year (%)";
            }

            @Override
            public BigDecimal measure() {
                int year = LocalDate.now(clock).getYear();
                BigDecimal committed = BigDecimal.ZERO;
                BigDecimal liquidated = BigDecimal.ZERO;
                for (FinanceLedger.Figures f : ledger.allFigures()) {
                    if (f.year() == year) {
                        committed = committed.add(f.committed());
                        liquidated = liquidated.add(f.liquidated());
                    }
                }
                if (committed.signum() == 0) {
                    throw new IllegalStateException("nothing is committed in " + year);
                }
                return liquidated.multiply(BigDecimal.valueOf(100)).divide(committed, 2, RoundingMode.HALF_UP);
            }
        };
    }
}

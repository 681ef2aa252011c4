package org.regia.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The entitlement after the final cost claim (documented in docs/grants.md): aid rate = awarded / accepted budget
 * total; entitled = min(awarded, accepted costs × aid rate); without a budget, the accepted costs capped at the award.
 */
class RecoveryRuleTest {

    static BigDecimal eur(String v) {
        return new BigDecimal(v);
    }

    @Test
    void withABudgetTheAcceptedCostsAreFundedAtTheAidRate() {
        // 400 000 awarded on a 500 000 budget: aid rate 80 %; 350 000 accepted → 280 000
        assertThat(Recovery.entitled(eur("400000"), eur("350000"), eur("500000"))).isEqualByComparingTo("280000.00");
        // more accepted than budgeted: capped at the amount awarded
        assertThat(Recovery.entitled(eur("400000"), eur("520000"), eur("500000"))).isEqualByComparingTo("400000.00");
        // 250 000 awarded on 333 333.33: 100 000 accepted × 0.750000... → 75 000.00 (rounded half up to the cent)
        assertThat(Recovery.entitled(eur("250000"), eur("100000"), eur("333333.33"))).isEqualByComparingTo("75000.00");
    }

    @Test
    void withoutABudgetTheAcceptedCostsCappedAtTheAward() {
        assertThat(Recovery.entitled(eur("400000"), eur("250000"), null)).isEqualByComparingTo("250000.00");
        assertThat(Recovery.entitled(eur("400000"), eur("450000"), null)).isEqualByComparingTo("400000.00");
    }
}

package org.regia.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void alwaysTwoDecimalsAndExactArithmetic() {
        Money a = Money.eur("0.10");
        Money sum = a.plus(Money.eur("0.20"));
        assertThat(sum).isEqualTo(Money.eur("0.30"));
        assertThat(sum.amount().scale()).isEqualTo(2);
        assertThat(Money.eur(210240).amount()).isEqualByComparingTo("210240.00");
        assertThat(Money.eur("100").times(new BigDecimal("0.6")).amount()).isEqualByComparingTo("60.00");
        assertThat(Money.eur("5").minus(Money.eur("7")).isNegative()).isTrue();
        assertThat(Money.eur("10000").isGreaterThan(Money.eur("9999.99"))).isTrue();
    }
}

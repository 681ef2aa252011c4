package org.regia.stateaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.regia.shared.DomainException;
import org.regia.shared.EnterpriseNumber;
import org.regia.shared.Money;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Regulation (EU) 2023/2831: EUR 300,000 per single undertaking over any rolling three years. */
class DeMinimisLedgerTest extends IntegrationTest {

    static final EnterpriseNumber ZINNEKE = EnterpriseNumber.fromPrefix("07112233");

    @Autowired
    DeMinimisLedger ledger;

    @Test
    void anAidGrantedExactlyThreeYearsEarlierNoLongerCounts() {
        ledger.record(ZINNEKE, "Innoviris", "R&D-2023-001", Money.eur(250_000), LocalDate.of(2023, 3, 15));

        DeMinimisCheck dayBefore = ledger.check(ZINNEKE, Money.eur(100_000), LocalDate.of(2026, 3, 14));
        assertThat(dayBefore.windowStart()).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(dayBefore.alreadyGranted()).isEqualTo(Money.eur(250_000));
        assertThat(dayBefore.headroom()).isEqualTo(Money.eur(50_000));
        assertThat(dayBefore.exceeds()).isTrue();
        assertThat(dayBefore.excess()).isEqualTo(Money.eur(50_000));

        DeMinimisCheck threeYearsLater = ledger.check(ZINNEKE, Money.eur(100_000), LocalDate.of(2026, 3, 15));
        assertThat(threeYearsLater.windowStart()).isEqualTo(LocalDate.of(2023, 3, 16));
        assertThat(threeYearsLater.alreadyGranted()).isEqualTo(Money.ZERO);
        assertThat(threeYearsLater.exceeds()).isFalse();
    }

    @Test
    void exactlyTheCeilingFitsOneCentMoreDoesNot() {
        ledger.record(ZINNEKE, "Innoviris", "A", Money.eur(200_000), LocalDate.of(2025, 1, 10));
        ledger.record(ZINNEKE, "hub.brussels", "B", Money.eur(50_000), LocalDate.of(2025, 6, 1));
        assertThat(ledger.check(ZINNEKE, Money.eur(50_000), LocalDate.of(2026, 1, 1)).exceeds()).isFalse();
        assertThat(ledger.check(ZINNEKE, Money.eur("50000.01"), LocalDate.of(2026, 1, 1)).exceeds()).isTrue();
        ledger.record(ZINNEKE, "Innoviris", "C", Money.eur(50_000), LocalDate.of(2026, 1, 1));
        assertThat(ledger.check(ZINNEKE, Money.eur("0.01"), LocalDate.of(2026, 1, 2)).headroom()).isEqualTo(Money.ZERO);
    }

    @Test
    void anAidThatWouldExceedIsRefusedWithTheFiguresAndNothingIsRecorded() {
        ledger.record(ZINNEKE, "Innoviris", "A", Money.eur(280_000), LocalDate.of(2025, 1, 10));
        assertThatThrownBy(() -> ledger.record(ZINNEKE, "Innoviris", "B", Money.eur(30_000), LocalDate.of(2025, 12, 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("stateaid.deMinimis.exceeds");
                    assertThat(e.arguments()).containsExactly("30000.00", "280000.00", "2022-12-02", "2025-12-01", "20000.00");
                });
        assertThat(ledger.history(ZINNEKE)).hasSize(1);
        // other undertakings are not affected
        assertThat(ledger.check(EnterpriseNumber.fromPrefix("07345678"), Money.eur(300_000), LocalDate.of(2025, 12, 1)).exceeds()).isFalse();
    }

    @Test
    void concurrentGrantsCannotBothUseTheSameHeadroom() throws Exception {
        ledger.record(ZINNEKE, "Innoviris", "A", Money.eur(200_000), LocalDate.of(2025, 1, 10));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String ref = "C" + i;
                tasks.add(() -> {
                    try {
                        ledger.record(ZINNEKE, "Innoviris", ref, Money.eur(60_000), LocalDate.of(2025, 6, 1));
                        return true;
                    } catch (DomainException e) {
                        return false;
                    }
                });
            }
            long accepted = 0;
            for (Future<Boolean> f : pool.invokeAll(tasks)) {
                accepted += f.get() ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(ledger.check(ZINNEKE, Money.ZERO, LocalDate.of(2025, 6, 1)).alreadyGranted()).isEqualTo(Money.eur(260_000));
    }

    @Test
    void badInputIsRefusedAtTheField() {
        assertThatThrownBy(() -> ledger.record(ZINNEKE, "Innoviris", "X", Money.eur("-5"), LocalDate.of(2025, 1, 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> ledger.record(ZINNEKE, "Innoviris", " ", Money.eur("5"), LocalDate.of(2025, 1, 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("reference"));
        assertThat(ledger.history(ZINNEKE)).isEmpty();
    }
}

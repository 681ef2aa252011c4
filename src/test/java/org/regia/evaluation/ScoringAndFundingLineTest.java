package org.regia.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regia.shared.DomainException;
import org.regia.shared.LocalizedText;
import org.regia.shared.Money;

class ScoringAndFundingLineTest {

    // DOMAIN.md §3.4 criteria, three of them weighted 2:1:1, scale 0-5, scientific quality at least 3
    static final CriteriaSet CRITERIA = new CriteriaSet("RD-2026", 1, List.of(
            new Criterion("quality", LocalizedText.of("Qualité scientifique", "Wetenschappelijke kwaliteit"), new BigDecimal("2"), 0, 5, 3),
            new Criterion("innovation", LocalizedText.of("Innovation", "Innovatie"), BigDecimal.ONE, 0, 5, null),
            new Criterion("region", LocalizedText.of("Impact régional", "Regionale impact"), BigDecimal.ONE, 0, 5, null)));
    final UUID app = UUID.randomUUID();

    private Scorecard card(int quality, int innovation, int region) {
        Scorecard s = new Scorecard(UUID.randomUUID(), app, CRITERIA);
        s.score("quality", quality, "solid methodology");
        s.score("innovation", innovation, "new to the market");
        s.score("region", region, "jobs in Brussels");
        s.submit();
        return s;
    }

    @Test
    void weightedTotalOnAHundredPointScale() {
        // means 4, 3, 5 -> (0.8*2 + 0.6*1 + 1.0*1) / 4 = 0.8 -> 80.00
        Consolidation c = new Consolidation(app, CRITERIA, List.of(card(4, 2, 5), card(4, 4, 5)), 1.0);
        assertThat(c.weightedTotal()).isEqualByComparingTo("80.00");
        assertThat(c.perCriterion().get("innovation").mean()).isEqualTo(3.0);
        assertThat(c.perCriterion().get("innovation").spread()).isCloseTo(Math.sqrt(2), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.thresholdsMissed()).isEmpty();
    }

    @Test
    void disagreementIsFlaggedUntilTheLeadAdviserRecordsAConsensus() {
        Consolidation c = new Consolidation(app, CRITERIA, List.of(card(1, 3, 3), card(5, 3, 3)), 1.5);
        assertThat(c.perCriterion().get("quality").disagreement()).isTrue();
        assertThat(c.disagreement()).isTrue();
        assertThat(c.thresholdsMissed()).isEmpty(); // mean 3 meets the threshold
        c.recordConsensus("quality", 2);
        assertThat(c.disagreement()).isFalse();
        assertThat(c.thresholdsMissed()).containsExactly("quality");
        // (0.4*2 + 0.6 + 0.6) / 4 = 0.5
        assertThat(c.weightedTotal()).isEqualByComparingTo("50.00");
    }

    @Test
    void scoresOutsideTheScaleOrWithoutJustificationAreRefusedAndSubmittedScoresAreLocked() {
        Scorecard s = new Scorecard(UUID.randomUUID(), app, CRITERIA);
        assertThatThrownBy(() -> s.score("quality", 6, "too good")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.field()).isEqualTo("quality");
            assertThat(e.messageKey()).isEqualTo("evaluation.score.outOfScale");
            assertThat(e.arguments()).containsExactly(6, 0, 5);
        });
        assertThatThrownBy(() -> s.score("quality", 3, " ")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("evaluation.score.justificationRequired"));
        s.score("quality", 3, "ok");
        assertThatThrownBy(s::submit).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("evaluation.score.missing"));
        s.score("innovation", 3, "ok");
        s.score("region", 3, "ok");
        s.submit();
        assertThatThrownBy(() -> s.score("region", 4, "changed my mind")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("evaluation.score.locked"));
        assertThat(s.scores().get("region").value()).isEqualTo(3);
    }

    @Test
    void criteriaSetsRefuseInconsistentDefinitions() {
        assertThatThrownBy(() -> new Criterion("x", LocalizedText.of("x", "x"), BigDecimal.ZERO, 0, 5, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("weight"));
        assertThatThrownBy(() -> new Criterion("x", LocalizedText.of("x", "x"), BigDecimal.ONE, 5, 5, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("scaleMax"));
        assertThatThrownBy(() -> new Criterion("x", LocalizedText.of("x", "x"), BigDecimal.ONE, 0, 5, 7))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("threshold"));
        Criterion q = CRITERIA.criteria().get(0);
        assertThatThrownBy(() -> new CriteriaSet("X", 1, List.of(q, q)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("evaluation.criteria.duplicate"));
        assertThat(CRITERIA.nextVersion(CRITERIA.criteria().subList(0, 2)).version()).isEqualTo(2);
    }

    private static FundingLine.Entry entry(int rank, long amount) {
        return new FundingLine.Entry(UUID.randomUUID(), "APP-" + rank, rank, Money.eur(amount), true);
    }

    @Test
    void theFundingLineAtExactBudgetEdges() {
        List<FundingLine.Entry> ranking = List.of(entry(1, 400_000), entry(2, 350_000), entry(3, 250_000), entry(4, 100_000));
        // exactly enough for the first three
        FundingLine exact = FundingLine.draw(Money.eur(1_000_000), ranking);
        assertThat(exact.funded()).extracting(FundingLine.Entry::rank).containsExactly(1, 2, 3);
        assertThat(exact.left()).isEqualTo(Money.ZERO);
        assertThat(exact.reserve()).extracting(FundingLine.Entry::rank).containsExactly(4);
        // one cent short: the third does not fit, and the line is drawn there (the cheaper fourth is not skipped to)
        FundingLine short1 = FundingLine.draw(Money.eur("999999.99"), ranking);
        assertThat(short1.funded()).extracting(FundingLine.Entry::rank).containsExactly(1, 2);
        assertThat(short1.reserve()).extracting(FundingLine.Entry::rank).containsExactly(3, 4);
        assertThat(short1.left()).isEqualTo(Money.eur("249999.99"));
        // what an extra EUR 100,000 would fund
        // 999,999.99 + 100,000 funds the third, leaving 99,999.99: one cent short of the fourth
        assertThat(short1.extraWouldFund(Money.eur(100_000))).extracting(FundingLine.Entry::rank).containsExactly(3);
        assertThat(short1.extraWouldFund(Money.eur("100000.01"))).extracting(FundingLine.Entry::rank).containsExactly(3, 4);
        assertThat(exact.extraWouldFund(Money.eur(100_000))).extracting(FundingLine.Entry::rank).containsExactly(4);
        assertThat(exact.extraWouldFund(Money.eur("99999.99"))).isEmpty();
    }

    @Test
    void applicationsBelowAThresholdAreNeverFunded() {
        FundingLine.Entry missed = new FundingLine.Entry(UUID.randomUUID(), "APP-2", 2, Money.eur(10_000), false);
        FundingLine line = FundingLine.draw(Money.eur(1_000_000), List.of(entry(1, 100_000), missed, entry(3, 100_000)));
        assertThat(line.funded()).extracting(FundingLine.Entry::rank).containsExactly(1, 3);
        assertThat(line.notFundable()).containsExactly(missed);
        assertThatThrownBy(() -> FundingLine.draw(Money.eur(-1), List.of())).isInstanceOf(DomainException.class);
    }
}

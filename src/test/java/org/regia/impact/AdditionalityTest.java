package org.regia.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regia.impact.Additionality.WithoutSupport;

/**
 * The estimators recover a known effect on synthetic calls within their confidence intervals in the large majority
 * of repetitions, and report a zero effect as significant no more often than the 5% nominal rate allows.
 */
class AdditionalityTest {

    static final int REPETITIONS = 200;
    static final double LINE = 65;

    @Test
    void regressionDiscontinuityRecoversTheEffectAndItsIntervalsCoverIt() {
        double effect = 3;
        int covered = 0;
        double sum = 0;
        for (int rep = 0; rep < REPETITIONS; rep++) {
            Estimate e = Additionality.regressionDiscontinuity(
                    SyntheticCalls.forDiscontinuity(SyntheticCalls.generate(1000 + rep, 2000, LINE, effect)), LINE, 12, 30);
            assertThat(e.refused()).isFalse();
            covered += e.covers(effect) ? 1 : 0;
            sum += e.effect();
        }
        assertThat(covered / (double) REPETITIONS).isGreaterThanOrEqualTo(0.90);
        assertThat(sum / REPETITIONS).isCloseTo(effect, within(0.3));
    }

    @Test
    void regressionDiscontinuityDoesNotFindAnEffectThatIsNotThere() {
        int significant = 0;
        for (int rep = 0; rep < REPETITIONS; rep++) {
            Estimate e = Additionality.regressionDiscontinuity(
                    SyntheticCalls.forDiscontinuity(SyntheticCalls.generate(5000 + rep, 2000, LINE, 0)), LINE, 12, 30);
            significant += e.significant() ? 1 : 0;
        }
        // nominal 5%; with 200 repetitions two binomial standard deviations reach about 8%
        assertThat(significant / (double) REPETITIONS).isLessThanOrEqualTo(0.09);
    }

    @Test
    void differenceInDifferencesRecoversTheEffectWhereANaiveComparisonIsBiased() {
        double effect = 2;
        int covered = 0;
        int falsePositives = 0;
        double naiveSum = 0;
        for (int rep = 0; rep < REPETITIONS; rep++) {
            List<SyntheticCalls.Applicant> call = SyntheticCalls.generate(9000 + rep, 400, LINE, effect);
            Estimate e = Additionality.differenceInDifferences(SyntheticCalls.forDifferences(call), 20);
            covered += e.covers(effect) ? 1 : 0;
            naiveSum += mean(call, true) - mean(call, false);
            Estimate zero = Additionality.differenceInDifferences(
                    SyntheticCalls.forDifferences(SyntheticCalls.generate(19000 + rep, 400, LINE, 0)), 20);
            falsePositives += zero.significant() ? 1 : 0;
        }
        assertThat(covered / (double) REPETITIONS).isGreaterThanOrEqualTo(0.90);
        assertThat(falsePositives / (double) REPETITIONS).isLessThanOrEqualTo(0.09);
        // funded firms were larger to begin with: comparing levels after overstates the effect
        assertThat(naiveSum / REPETITIONS).isGreaterThan(effect + 1);
    }

    private static double mean(List<SyntheticCalls.Applicant> call, boolean funded) {
        return call.stream().filter(a -> a.funded() == funded).mapToDouble(SyntheticCalls.Applicant::after).average().orElseThrow();
    }

    @Test
    void thinDataAreRefusedWithTheReasonAndTheSampleSizes() {
        List<SyntheticCalls.Applicant> small = SyntheticCalls.generate(7, 60, LINE, 3);
        Estimate rdd = Additionality.regressionDiscontinuity(SyntheticCalls.forDiscontinuity(small), LINE, 5, 30);
        assertThat(rdd.refused()).isTrue();
        assertThat(rdd.effect()).isNull();
        assertThat(rdd.refusalKey()).isEqualTo("impact.estimate.tooFewNearLine");
        assertThat(rdd.sampleSizes()).containsEntry("total", 60).containsKeys("funded", "notFunded", "inBandwidth");
        assertThat(rdd.refusalArguments()).hasSize(4);

        Estimate did = Additionality.differenceInDifferences(List.of(new Additionality.Panel(true, 1, 2),
                new Additionality.Panel(false, 1, 1)), 20);
        assertThat(did.refused()).isTrue();
        assertThat(did.refusalArguments()).containsExactly(1, 1, 20);
        assertThat(Additionality.regressionDiscontinuity(SyntheticCalls.forDiscontinuity(small), LINE, 0, 1).refusalKey())
                .isEqualTo("impact.estimate.bandwidth");
    }

    @Test
    void statedInputAdditionalityWithAWilsonInterval() {
        List<WithoutSupport> answers = new ArrayList<>();
        answers.addAll(Collections.nCopies(40, WithoutSupport.NOT_AT_ALL));
        answers.addAll(Collections.nCopies(30, WithoutSupport.LATER));
        answers.addAll(Collections.nCopies(20, WithoutSupport.SMALLER));
        answers.addAll(Collections.nCopies(10, WithoutSupport.FULLY));
        Additionality.StatedAdditionality s = Additionality.stated(answers, 30);
        assertThat(s.fullyAdditionalShare()).isEqualTo(0.40);
        assertThat(s.lower()).isCloseTo(0.3094, within(0.0005));
        assertThat(s.upper()).isCloseTo(0.4980, within(0.0005));
        assertThat(s.counts()).containsEntry(WithoutSupport.LATER, 30);
        assertThat(Additionality.stated(answers.subList(0, 12), 30).refused()).isTrue();
    }
}

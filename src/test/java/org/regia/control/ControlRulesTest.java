package org.regia.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regia.shared.DomainException;

/** Roll-up, colour from observations, copy forward, deadlines and numbers as the sources write them. */
class ControlRulesTest {

    static final Colour G = Colour.GREEN;
    static final Colour O = Colour.ORANGE;
    static final Colour R = Colour.RED;

    @Test
    void worstOfMakesOneRedChildRed() {
        assertThat(RollUpRule.WORST_OF.combine(List.of(G, G, R))).isEqualTo(R);
        assertThat(RollUpRule.WORST_OF.combine(List.of(G, O, G))).isEqualTo(O);
        assertThat(RollUpRule.WORST_OF.combine(List.of(G, G))).isEqualTo(G);
    }

    @Test
    void majorityTakesTheMostFrequentColourAndATieGoesToTheWorse() {
        assertThat(RollUpRule.MAJORITY.combine(List.of(G, G, R))).isEqualTo(G);
        assertThat(RollUpRule.MAJORITY.combine(List.of(G, O, O, R))).isEqualTo(O);
        assertThat(RollUpRule.MAJORITY.combine(List.of(G, R))).isEqualTo(R);
    }

    @Test
    void allGreenHalfRed() {
        assertThat(RollUpRule.ALL_GREEN_HALF_RED.combine(List.of(G, G))).isEqualTo(G);
        assertThat(RollUpRule.ALL_GREEN_HALF_RED.combine(List.of(G, G, R))).isEqualTo(O);
        assertThat(RollUpRule.ALL_GREEN_HALF_RED.combine(List.of(G, R))).isEqualTo(R);
    }

    @Test
    void uncolouredChildrenAreIgnoredAndNoneGivesNoColour() {
        assertThat(RollUpRule.WORST_OF.combine(Arrays.asList(null, G))).isEqualTo(G);
        assertThat(RollUpRule.MAJORITY.combine(Arrays.asList((Colour) null))).isNull();
        assertThat(RollUpRule.WORST_OF.combine(List.of())).isNull();
    }

    @Test
    void colourComesFromTheLatestObservationByDate() {
        BandSet bands = BandSet.parse(BandKind.NUMERIC, EdgePolicy.LOWER_BOUND_INCLUSIVE, "green: 200-250; orange: 100-200; red: 0-100");
        ColourRule.Result r = ColourRule.compute(bands, List.of(
                new ColourRule.Point(LocalDate.of(2022, 6, 30), new BigDecimal("130"), null),
                new ColourRule.Point(LocalDate.of(2021, 12, 31), new BigDecimal("40"), null)), null);
        assertThat(r.colour()).isEqualTo(O);
        assertThat(r.origin()).isEqualTo(ColourRule.Origin.COMPUTED);
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2022, 6, 30));
    }

    @Test
    void overrideReplacesTheComputedColourAndSaysSo() {
        BandSet bands = BandSet.parse(BandKind.PERCENTAGE, EdgePolicy.LOWER_BOUND_INCLUSIVE, "green: 75-100; orange: 50-75; red: <50");
        ColourRule.Result r = ColourRule.compute(bands, List.of(
                new ColourRule.Point(LocalDate.of(2021, 6, 3), new BigDecimal("41"), null)), G);
        assertThat(r.colour()).isEqualTo(G);
        assertThat(r.origin()).isEqualTo(ColourRule.Origin.OVERRIDE);
        assertThat(r.evaluation().colour()).as("the computed colour is kept for display").isEqualTo(R);
    }

    /** OO 2.1.3 action 2: "change in the number of companies receiving CE recognition": green up, orange stable, red down. */
    @Test
    void numericTrendComparesWithThePreviousPeriod() {
        BandSet bands = BandSet.parse(BandKind.TREND, null, "green: UP; orange: STABLE; red: DOWN");
        ColourRule.Result r = ColourRule.compute(bands, List.of(
                new ColourRule.Point(LocalDate.of(2020, 12, 31), new BigDecimal("4"), null),
                new ColourRule.Point(LocalDate.of(2021, 12, 31), new BigDecimal("4"), null)), null);
        assertThat(r.colour()).isEqualTo(O);
        assertThat(r.level()).isEqualTo("STABLE");
    }

    @Test
    void noObservationGivesNoColour() {
        BandSet bands = BandSet.parse(BandKind.MILESTONE, null, "green: REACHED; orange: LATE; red: NONE");
        assertThat(ColourRule.compute(bands, List.of(), null).origin()).isEqualTo(ColourRule.Origin.NONE);
    }

    /** 003a OO 2.1.5: a 2022 plan with a 2021 deadline; copying forward flags it. */
    @Test
    void copyForwardFlagsDeadlinesAlreadyPast() {
        PlanningBlock plan2022 = new PlanningBlock(2022, "mesures définies", "maatregelen bepaald", Deadline.parse("deadline", "2021"));
        PlanningBlock.CopyResult copy = plan2022.copyForward(LocalDate.of(2022, 11, 15));
        assertThat(copy.block().year()).isEqualTo(2023);
        assertThat(copy.deadlineFlagged()).isTrue();
        PlanningBlock ok = new PlanningBlock(2022, "x", "x", Deadline.parse("deadline", "2019-2024"));
        assertThat(ok.copyForward(LocalDate.of(2022, 11, 15)).deadlineFlagged()).isFalse();
        PlanningBlock permanent = new PlanningBlock(2022, "x", "x", Deadline.parse("deadline", "permanent"));
        assertThat(permanent.copyForward(LocalDate.of(2030, 1, 1)).deadlineFlagged()).isFalse();
        PlanningBlock dated = new PlanningBlock(2022, "x", "x", Deadline.parse("deadline", "31/12/2022"));
        assertThat(dated.copyForward(LocalDate.of(2023, 1, 2)).deadlineFlagged()).isTrue();
        assertThat(dated.copyForward(LocalDate.of(2022, 12, 1)).deadlineFlagged()).as("ends before the new year").isTrue();
    }

    /** 003b: DL "31/06/2022" [SRC-ISSUE: invalid date]. */
    @Test
    void anImpossibleDateIsRefused() {
        assertThatThrownBy(() -> Deadline.parse("deadline", "31/06/2022"))
                .isInstanceOf(DomainException.class).hasMessageContaining("control.deadline.invalidDate");
        assertThat(Deadline.parse("deadline", "2019-2024").lastDay()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    /** "1,344 of 3,279 dossiers controlled at 3/6/2021" versus "3.000.000 euros": the reader cannot tell. */
    @Test
    void numbersWithAThousandsLookingSeparatorAreRefusedWithTheValue() {
        assertThatThrownBy(() -> StrictNumber.parse("value", "1.344"))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).messageKey()).isEqualTo("control.number.ambiguous");
                    assertThat(((DomainException) e).arguments()).containsExactly("1.344");
                });
        assertThatThrownBy(() -> StrictNumber.parse("value", "1,344")).hasMessageContaining("control.number.ambiguous");
        assertThatThrownBy(() -> StrictNumber.parse("value", "3.000.000")).hasMessageContaining("control.number.ambiguous");
        assertThatThrownBy(() -> StrictNumber.parse("value", "12,5")).hasMessageContaining("control.number.invalid");
        assertThat(StrictNumber.parse("value", "1344")).isEqualByComparingTo("1344");
        assertThat(StrictNumber.parse("value", "41.0")).isEqualByComparingTo("41");
        assertThat(StrictNumber.parse("value", "1.3440")).isEqualByComparingTo("1.344");
    }
}

package org.regia.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.regia.shared.DomainException;

/** Threshold bands with the sources' own examples (extract 003a, Economy policy letter 2022). */
class BandSetTest {

    static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    static List<BandIssue.Type> types(List<BandIssue> issues) {
        return issues.stream().map(BandIssue::type).toList();
    }

    /** OO 2.1.6 action 2, Cairgo Bike premium (L6419ff): "200-250 green, 100-200 orange, 0-100 red". */
    @Nested
    class CargoBikes {
        static final String TEXT = "green: 200-250; orange: 100-200; red: 0-100";

        @Test
        void asWrittenTheSharedEdges100And200AreInTwoBandsAndAreNotColoured() {
            BandSet set = BandSet.parse(BandKind.COUNT, EdgePolicy.AS_WRITTEN, TEXT);
            List<BandIssue> issues = set.validate();
            assertThat(issues).filteredOn(i -> i.type() == BandIssue.Type.OVERLAP)
                    .extracting(BandIssue::detail)
                    .containsExactlyInAnyOrder("the value 200 is in two bands (GREEN/ORANGE)",
                            "the value 100 is in two bands (ORANGE/RED)");
            assertThat(set.evaluate(n("100")).outcome()).isEqualTo(Evaluation.Outcome.AMBIGUOUS);
            assertThat(set.evaluate(n("200")).colour()).isNull();
            assertThat(set.evaluate(n("150")).colour()).isEqualTo(Colour.ORANGE);
        }

        @Test
        void lowerBoundInclusiveMakes100OrangeAnd200Green() {
            BandSet set = BandSet.parse(BandKind.NUMERIC, EdgePolicy.LOWER_BOUND_INCLUSIVE, TEXT);
            assertThat(set.evaluate(n("100")).colour()).isEqualTo(Colour.ORANGE);
            assertThat(set.evaluate(n("200")).colour()).isEqualTo(Colour.GREEN);
            assertThat(set.evaluate(n("99")).colour()).isEqualTo(Colour.RED);
            assertThat(set.evaluate(n("0")).colour()).isEqualTo(Colour.RED);
            assertThat(set.evaluate(n("250")).colour()).as("the outer edge stays closed").isEqualTo(Colour.GREEN);
        }

        @Test
        void upperBoundInclusiveMakes100RedAnd200Orange() {
            BandSet set = BandSet.parse(BandKind.NUMERIC, EdgePolicy.UPPER_BOUND_INCLUSIVE, TEXT);
            assertThat(set.evaluate(n("100")).colour()).isEqualTo(Colour.RED);
            assertThat(set.evaluate(n("200")).colour()).isEqualTo(Colour.ORANGE);
            assertThat(set.evaluate(n("201")).colour()).isEqualTo(Colour.GREEN);
        }

        @Test
        void moreThan250BikesFallInNoBandAndTheValidationSaysSo() {
            BandSet set = BandSet.parse(BandKind.NUMERIC, EdgePolicy.LOWER_BOUND_INCLUSIVE, TEXT);
            assertThat(set.validate()).extracting(BandIssue::detail)
                    .containsExactly("no band covers the values above 250");
            assertThat(set.evaluate(n("251")).outcome()).isEqualTo(Evaluation.Outcome.NO_BAND);
        }
    }

    /** OO 2.1.3 Be Circular, ratio KPIs: "green 75-100 %, orange 50-75 %, red < 50 %". */
    @Nested
    class Ratio {
        @Test
        void asWritten75IsInTwoBands() {
            BandSet set = BandSet.parse(BandKind.PERCENTAGE, EdgePolicy.AS_WRITTEN, "green: 75-100%; orange: 50-75%; red: <50%");
            assertThat(set.validate()).extracting(BandIssue::detail)
                    .containsExactly("the value 75 is in two bands (GREEN/ORANGE)");
            assertThat(set.evaluate(n("50")).colour()).isEqualTo(Colour.ORANGE);
            assertThat(set.evaluate(n("49.9")).colour()).isEqualTo(Colour.RED);
        }

        @Test
        void withLowerBoundInclusiveTheSetIsCompleteAnd75IsGreen() {
            BandSet set = BandSet.parse(BandKind.PERCENTAGE, EdgePolicy.LOWER_BOUND_INCLUSIVE, "green: 75-100%; orange: 50-75%; red: <50%");
            assertThat(set.validate()).isEmpty();
            assertThat(set.evaluate(n("75")).colour()).isEqualTo(Colour.GREEN);
            assertThat(set.evaluate(n("74.99")).colour()).isEqualTo(Colour.ORANGE);
        }

        /** OO 2.1.7 action 1, presence at CEI/DGE (L7022): "green 100 %, orange 50-75 %, red < 50 %". */
        @Test
        void compliance100_50to75_below50ReportsThe75To100Gap() {
            BandSet set = BandSet.parse(BandKind.PERCENTAGE, EdgePolicy.LOWER_BOUND_INCLUSIVE, "green: 100%; orange: 50-75%; red: <50%");
            List<BandIssue> issues = set.validate();
            assertThat(issues).hasSize(1);
            BandIssue gap = issues.get(0);
            assertThat(gap.type()).isEqualTo(BandIssue.Type.GAP);
            assertThat(gap.arguments()).containsExactly("75", "excl", "100", "excl", "(75, 100)");
            assertThat(gap.detail()).isEqualTo("no band covers the values from 75 (excluded) to 100 (excluded)");
            assertThat(set.evaluate(n("80")).outcome()).isEqualTo(Evaluation.Outcome.NO_BAND);
            assertThat(set.evaluate(n("100")).colour()).isEqualTo(Colour.GREEN);
        }
    }

    /** OO 2.2.1 (L7653): meetings "green >4, orange >2, red 0": overlap above 4 and 1-2 in no band. */
    @Test
    void meetingsBandsOverlapAbove4AndLeaveOneToTwoUncovered() {
        BandSet set = BandSet.parse(BandKind.NUMERIC, EdgePolicy.LOWER_BOUND_INCLUSIVE, "green: >4; orange: >2; red: 0");
        assertThat(set.validate()).extracting(BandIssue::detail).containsExactlyInAnyOrder(
                "the values (4, ∞) are in two bands (GREEN/ORANGE)",
                "no band covers the values from 0 (excluded) to 2 (included)");
        assertThat(set.evaluate(n("3")).colour()).isEqualTo(Colour.ORANGE);
        assertThat(set.evaluate(n("5")).outcome()).isEqualTo(Evaluation.Outcome.AMBIGUOUS);
    }

    /** OO 2.2.2 planning 2022: services "green >50, orange >25, red <10": 10-25 is in no band. */
    @Test
    void servicesBandsLeaveTenToTwentyFiveUncovered() {
        BandSet set = BandSet.parse(BandKind.NUMERIC, EdgePolicy.LOWER_BOUND_INCLUSIVE, "green: >50; orange: >25; red: <10");
        assertThat(set.validate()).extracting(BandIssue::type).contains(BandIssue.Type.GAP, BandIssue.Type.OVERLAP);
        assertThat(set.validate()).extracting(BandIssue::detail)
                .contains("no band covers the values from 10 (included) to 25 (included)");
    }

    /** Innoviris OO 3.5 (KPI register): "number of thematic calls: 2 red – 3 green". */
    @Test
    void countsHaveNoGapBetweenTwoAndThreeButNumbersDo() {
        assertThat(BandSet.parse(BandKind.COUNT, null, "red: <=2; green: >=3").validate()).isEmpty();
        assertThat(BandSet.parse(BandKind.NUMERIC, null, "red: <=2; green: >=3").validate()).extracting(BandIssue::detail)
                .containsExactly("no band covers the values from 2 (excluded) to 3 (excluded)");
        assertThat(BandSet.parse(BandKind.COUNT, null, "red: <=15; green: >=35").validate()).extracting(BandIssue::detail)
                .containsExactly("no band covers the values from 15 (excluded) to 35 (excluded)");
    }

    @Test
    void anInvertedBandIsReportedWithItsBounds() {
        BandSet set = new BandSet(BandKind.NUMERIC, EdgePolicy.AS_WRITTEN, List.of(
                Band.written(Colour.GREEN, n("35"), n("15")), Band.range(Colour.RED, null, false, null, false)));
        assertThat(set.validate()).extracting(BandIssue::type).containsExactly(BandIssue.Type.INVERTED);
        assertThat(set.validate().get(0).arguments()).containsExactly("GREEN", "35", "15");
    }

    /** OO 2.2.2 action 1, BRUPEO: FR "75-100 / 50-75 / <50 %", NL "fully / 75-100 / <75 %". */
    @Test
    void frenchAndDutchBandsThatDifferAreReportedWithBothTexts() {
        BandSet fr = BandSet.parse(BandKind.PERCENTAGE, EdgePolicy.LOWER_BOUND_INCLUSIVE, "vert: 75-100; orange: 50-75; rouge: <50");
        BandSet nl = BandSet.parse(BandKind.PERCENTAGE, EdgePolicy.LOWER_BOUND_INCLUSIVE, "groen: 100; oranje: 75-100; rood: <75");
        List<BandIssue> issues = BandSet.compareLanguages(fr, nl);
        assertThat(issues).extracting(BandIssue::arguments).containsExactly(
                List.of("GREEN", "75-100", "100"), List.of("ORANGE", "50-75", "75-100"), List.of("RED", "<50", "<75"));
        assertThat(BandSet.compareLanguages(fr, BandSet.parse(BandKind.PERCENTAGE, EdgePolicy.AS_WRITTEN,
                "groen: 75-100; oranje: 50-75; rood: <50"))).isEmpty();
    }

    @Nested
    class Levels {
        @Test
        void milestoneBandsColourTheirLevelsAndAMissingLevelIsAGap() {
            BandSet ok = BandSet.parse(BandKind.MILESTONE, null, "green: reached; orange: late; red: none");
            assertThat(ok.validate()).isEmpty();
            assertThat(ok.evaluate("late").colour()).isEqualTo(Colour.ORANGE);
            BandSet missing = BandSet.parse(BandKind.MILESTONE, null, "green: REACHED; red: NONE");
            assertThat(missing.validate()).extracting(BandIssue::detail)
                    .containsExactly("no band gives a colour to the level LATE");
        }

        /** OO 2.1.5 action 2: "hausse (vert), maintien (orange), baisse (baisse)" [sic, L6210]. */
        @Test
        void trendWithALevelInTwoColoursIsAnOverlap() {
            BandSet set = BandSet.parse(BandKind.TREND, null, "green: UP; orange: STABLE; red: DOWN; orange: DOWN");
            assertThat(set.validate()).extracting(BandIssue::detail)
                    .containsExactly("the level DOWN is in two bands (RED/ORANGE)");
            assertThat(set.evaluate("DOWN").outcome()).isEqualTo(Evaluation.Outcome.AMBIGUOUS);
        }

        @Test
        void qualitativeLevelsAreDefinedByTheBands() {
            BandSet set = BandSet.parse(BandKind.QUALITATIVE, null, "green: HIGH; orange: MODERATE; red: LOW");
            assertThat(set.validate()).isEmpty();
            assertThat(set.evaluate("moderate").colour()).isEqualTo(Colour.ORANGE);
            assertThat(set.evaluate("excellent").outcome()).isEqualTo(Evaluation.Outcome.NO_BAND);
        }
    }

    @Test
    void badBandTextIsRefusedWithTheFragment() {
        assertThatThrownBy(() -> BandSet.parse(BandKind.NUMERIC, null, "green: lots"))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).arguments()).containsExactly("green: lots"));
        assertThatThrownBy(() -> BandSet.parse(BandKind.NUMERIC, null, "purple: 1-2"))
                .hasMessageContaining("control.band.colour");
    }

    @Test
    void textRoundTrips() {
        String text = "green: 75-100; orange: 50-75; red: <50";
        assertThat(BandSet.parse(BandKind.PERCENTAGE, EdgePolicy.LOWER_BOUND_INCLUSIVE, text).text()).isEqualTo(text);
    }
}

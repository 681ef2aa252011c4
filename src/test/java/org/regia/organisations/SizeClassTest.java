package org.regia.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Commission Recommendation 2003/361/EC, Annex art. 2, at every ceiling. */
class SizeClassTest {

    @ParameterizedTest(name = "staff {0}, turnover {1}, balance {2} -> {3}")
    @CsvSource(nullValues = "null", value = {
        // micro: < 10 staff and turnover or balance sheet <= EUR 2 M
        "9.99, 2000000, 2000000, MICRO",
        "9, 2000000.01, 2000000, MICRO",        // balance sheet alone is enough
        "9, 2000000, 2000000.01, MICRO",        // turnover alone is enough
        "9, 2000000.01, 2000000.01, SMALL",     // both above the micro ceiling
        "10, 100, 100, SMALL",                  // 10 staff is not < 10
        // small: < 50 and <= EUR 10 M
        "49.99, 10000000, 99000000, SMALL",
        "49, 10000000.01, 10000000.01, MEDIUM",
        "50, 1000, 1000, MEDIUM",
        // medium: < 250 and turnover <= 50 M or balance sheet <= 43 M
        "249, 50000000, 99000000, MEDIUM",
        "249, 99000000, 43000000, MEDIUM",
        "249, 50000000.01, 43000000.01, LARGE",
        "250, 1000, 1000, LARGE",
        // missing financial figures do not meet a ceiling
        "5, null, null, LARGE",
        "5, null, 1500000, MICRO",
        "0, 0, 0, MICRO"
    })
    void classifiesAtTheBoundaries(BigDecimal staff, BigDecimal turnover, BigDecimal balance, SizeClass expected) {
        assertThat(SizeClass.of(staff, turnover, balance)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1} (latest alone: {2})")
    @CsvSource({
        // one year above the small ceiling does not change the status (Annex art. 4(2))
        "'8:1500000, 60:20000000', MICRO, MEDIUM",
        "'30:5000000, 60:20000000', SMALL, MEDIUM",
        // two consecutive years above: the status changes
        "'30:5000000, 60:20000000, 70:25000000', MEDIUM, MEDIUM",
        // crossing back for one year only keeps the status
        "'30:5000000, 60:20000000, 70:25000000, 30:5000000', MEDIUM, SMALL",
        // a single year is the status
        "'260:60000000', LARGE, LARGE"
    })
    void changesStatusOnlyAfterTwoConsecutiveYears(String series, SizeClass expected, SizeClass rawLatest) {
        String[] years = series.split(",\\s*");
        List<YearFigures> figures = new java.util.ArrayList<>();
        for (int i = 0; i < years.length; i++) {
            String[] p = years[i].split(":");
            BigDecimal turnover = new BigDecimal(p[1]);
            figures.add(new YearFigures(2020 + i, new BigDecimal(p[0]), turnover, turnover));
        }
        SizeAssessment assessment = SizeAssessment.of(figures).orElseThrow();
        assertThat(assessment.sizeClass()).isEqualTo(expected);
        assertThat(assessment.rawLatest()).isEqualTo(rawLatest);
        assertThat(assessment.basedOnYear()).isEqualTo(2020 + years.length - 1);
        assertThat(assessment.inTransition()).isEqualTo(expected != rawLatest);
    }
}

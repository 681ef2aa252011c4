package org.regia.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regia.opendata.internal.FieldProblem;
import org.regia.opendata.internal.Values;

/** The strict readers, with values seen in the real files. */
class ValuesTest {

    @Test
    void plainAmountsAreReadToTheCent() {
        assertThat(Values.amount("249885")).isEqualByComparingTo("249885.00").hasScaleOf(2);
        assertThat(Values.amount("678800000.0")).isEqualByComparingTo("678800000");  // h2020-projects.csv
        assertThat(Values.amount("6947.14")).isEqualByComparingTo("6947.14");        // Brussels subsidies
        assertThat(Values.amount("NA")).isNull();                                     // 2014 participations
        assertThat(Values.amount("-")).isNull();                                      // fp7-projects.csv
        assertThat(Values.amount("")).isNull();
    }

    @Test
    void groupedAmountsAndDecimalCommasAreRefusedWithTheReason() {
        assertThatThrownBy(() -> Values.amount("1,234,567.00")).isInstanceOf(FieldProblem.class)
                .extracting(e -> ((FieldProblem) e).reasonKey()).isEqualTo("opendata.error.thousandsSeparator");
        assertThatThrownBy(() -> Values.amount("1.234.567,50")).extracting(e -> ((FieldProblem) e).reasonKey())
                .isEqualTo("opendata.error.thousandsSeparator");
        // ecMaxContribution "4871243,75" in the German CORDIS file
        assertThatThrownBy(() -> Values.amount("4871243,75")).extracting(e -> ((FieldProblem) e).detail()).isEqualTo("4871243.75");
        assertThatThrownBy(() -> Values.amount("12k")).extracting(e -> ((FieldProblem) e).reasonKey()).isEqualTo("opendata.error.amount");
    }

    @Test
    void datesAreIsoOrDateTime_ddMmYyyyIsNamedWithItsIsoForm() {
        assertThat(Values.date("2022-09-01")).isEqualTo(LocalDate.of(2022, 9, 1));
        assertThat(Values.date("2015-06-10T00:00:00+00:00")).isEqualTo(LocalDate.of(2015, 6, 10));  // Lloyds
        assertThat(Values.date("2017-11-21T00:00:00.000Z")).isEqualTo(LocalDate.of(2017, 11, 21));  // grantnav
        assertThatThrownBy(() -> Values.date("05/06/2014")).extracting(e -> ((FieldProblem) e).detail()).isEqualTo("2014-06-05"); // Wolfson
        assertThatThrownBy(() -> Values.date("2022-02-30")).extracting(e -> ((FieldProblem) e).reasonKey()).isEqualTo("opendata.error.date");
    }
}

package org.regia.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrusselsPostcodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"1000", "1020", "1030", "1040", "1050", "1060", "1070", "1080", "1081", "1082", "1083",
            "1090", "1120", "1130", "1140", "1150", "1160", "1170", "1180", "1190", "1200", "1210"})
    void theNineteenMunicipalitiesAreInTheRegion(String postcode) {
        assertThat(BrusselsPostcodes.isInRegion(postcode)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1300", "1930", "1800", "2000", "9000", "4000", "1301", "1099x", "", "abcd"})
    void othersAreNot(String postcode) {
        assertThat(BrusselsPostcodes.isInRegion(postcode)).isFalse();
    }

    @Test
    void knowsTheMunicipality() {
        assertThat(BrusselsPostcodes.municipality("1050")).contains("Ixelles / Elsene");
        assertThat(BrusselsPostcodes.municipality("1081")).contains("Koekelberg");
        assertThat(BrusselsPostcodes.municipality("1930")).isEmpty();
    }
}

package org.regia.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.regia.shared.DomainException;

class AddressAndNaceTest {

    @Test
    void brusselsAddressKnowsItsRegionAndMunicipality() {
        Address a = new Address("Rue Royale 97", "1000", null, "be");
        assertThat(a.isInBrusselsRegion()).isTrue();
        assertThat(a.getMunicipality()).isEqualTo("Bruxelles / Brussel");
        assertThat(a.getCountry()).isEqualTo("BE");
        assertThat(new Address("Grote Markt 1", "2000", "Antwerpen", "BE").isInBrusselsRegion()).isFalse();
        assertThat(new Address("Rue X 1", "1000", "Lausanne", "CH").isInBrusselsRegion()).isFalse();
    }

    @Test
    void belgianPostcodeMustHaveFourDigits() {
        assertThatThrownBy(() -> new Address("Rue", "100", null, "BE"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("postcode");
                    assertThat(e.messageKey()).isEqualTo("address.postcodeBelgian");
                });
        assertThatThrownBy(() -> new Address("Rue", "0999", null, "BE")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Address("Rue", " ", null, "BE"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("address.postcodeRequired"));
    }

    @Test
    void naceCodesAreNormalised() {
        assertThat(NaceCode.normalise("62010")).isEqualTo("62.010");
        assertThat(NaceCode.normalise("6201")).isEqualTo("62.01");
        assertThat(NaceCode.normalise("62.01")).isEqualTo("62.01");
        assertThat(NaceCode.normalise(" ")).isNull();
        assertThatThrownBy(() -> NaceCode.normalise("IT")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.field()).isEqualTo("naceCode"));
    }

    @Test
    void negativeFiguresAreRefusedAtTheField() {
        assertThatThrownBy(() -> new YearFigures(2024, new BigDecimal("-1"), null, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("staff"));
        assertThatThrownBy(() -> new YearFigures(2024, BigDecimal.ONE, new BigDecimal("-5"), null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("turnover"));
    }
}

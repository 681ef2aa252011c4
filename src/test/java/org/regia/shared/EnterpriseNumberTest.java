package org.regia.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnterpriseNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"0123.456.749", "BE0123456749", "BE 0123 456 749", "be0123.456.749", "0123456749",
            "123456749", " 0123-456-749 "})
    void acceptsTheUsualNotations(String input) {
        EnterpriseNumber n = EnterpriseNumber.parse(input);
        assertThat(n.digits()).isEqualTo("0123456749");
        assertThat(n.formatted()).isEqualTo("0123.456.749");
        assertThat(n.orgId()).isEqualTo("BE-BCE_KBO-0123456749");
    }

    @Test
    void checkDigitsAre97MinusFirstEightMod97() {
        // DOMAIN.md: last two digits = 97 - (first eight mod 97); 01234567 mod 97 = 48, so 49
        assertThat(EnterpriseNumber.checkDigits("01234567")).isEqualTo(49);
        // real numbers of the Brussels universities
        assertThat(EnterpriseNumber.isValid("0407.626.464")).isTrue();
        assertThat(EnterpriseNumber.isValid("0449.012.406")).isTrue();
        // a multiple of 97 gives 97 as check digits
        assertThat(EnterpriseNumber.fromPrefix("00000097").digits()).isEqualTo("0000009797");
    }

    @Test
    void wrongCheckDigitsAreRejectedWithTheExpectedOnes() {
        assertThatThrownBy(() -> EnterpriseNumber.parse("0123.456.748"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("enterpriseNumber.checksum");
                    assertThat(e.arguments()).containsExactly("0123.456.748", "49");
                });
    }

    @Test
    void firstDigitMustBeZeroOrOne() {
        String withTwo = "2" + "12345678".substring(1);
        assertThatThrownBy(() -> EnterpriseNumber.parse(withTwo + "00"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("enterpriseNumber.firstDigit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"012345674", "01234567490", "0123.456.7A9", "", "   "})
    void malformedInputIsRejected(String input) {
        assertThatThrownBy(() -> EnterpriseNumber.parse(input)).isInstanceOf(DomainException.class);
    }

    @Test
    void equalityIsOnTheDigits() {
        assertThat(EnterpriseNumber.parse("BE0123456749")).isEqualTo(EnterpriseNumber.parse("0123.456.749"));
    }
}

package org.regia.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regia.organisations.OrganisationType;
import org.regia.shared.DomainException;
import org.regia.shared.LocalizedText;
import org.regia.shared.Money;

class ProgrammeRulesTest {

    @Test
    void trlMustBeBetween1And9WithMinNotAboveMax() {
        assertThat(TrlRange.of(2, 4).contains(3)).isTrue();
        assertThat(TrlRange.of(2, 4).contains(5)).isFalse();
        assertThat(TrlRange.of(1, 9).contains(9)).isTrue();
        assertThatThrownBy(() -> TrlRange.of(0, 4)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("trlMin"));
        assertThatThrownBy(() -> TrlRange.of(2, 10)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("trlMax"));
        assertThatThrownBy(() -> TrlRange.of(5, 4)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("catalogue.trl.minAboveMax");
        assertThatThrownBy(() -> TrlRange.of(3, null)).isInstanceOf(DomainException.class);
    }

    // extract 001 §4.2: STEM and science cheques have "n.v.t." (not applicable) as TRL
    @Test
    void notApplicableTrlAcceptsAnyLevel() {
        TrlRange na = TrlRange.of((Integer) null, null);
        assertThat(na.isApplicable()).isFalse();
        assertThat(na.contains(1)).isTrue();
    }

    // DOMAIN §3.6: budget lines look like 12.021.38.09.3132 but the sources write them in several formats
    @Test
    void budgetLineCodesAreNormalised() {
        assertThat(BudgetLineCode.normalise("12 021 38 09 3132")).isEqualTo("12.021.38.09.3132");
        assertThat(BudgetLineCode.normalise("1202138093132")).isEqualTo("12.021.38.09.3132");
        assertThatThrownBy(() -> BudgetLineCode.normalise("12.021.38")).isInstanceOf(DomainException.class);
    }

    // 000-002 B3.1: Patents cover 50% of the costs; Innovation Voucher up to EUR 10,000
    @Test
    void fundingRulesCheckRateAndAmounts() {
        FundingRules patents = new FundingRules(null, new BigDecimal("50"), null);
        assertThat(patents.rate()).isEqualByComparingTo("50");
        assertThat(new FundingRules(Money.eur(10_000), null, null).maxAmount()).isEqualTo(Money.eur(10_000));
        assertThatThrownBy(() -> new FundingRules(null, new BigDecimal("120"), null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new FundingRules(Money.eur(-1), null, null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new FundingRules(Money.eur(100), null, Money.eur(500))).isInstanceOf(DomainException.class);
    }

    @Test
    void programmeNeedsBothLanguagesAValidCodeAndABeneficiary() {
        assertThatThrownBy(() -> programme("Bad Code", "nom", "naam", EnumSet.of(OrganisationType.SCHOOL)))
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("code"));
        assertThatThrownBy(() -> programme("ok", "nom", " ", EnumSet.of(OrganisationType.SCHOOL)))
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("nameNl"));
        assertThatThrownBy(() -> programme("ok", "nom", "naam", EnumSet.noneOf(OrganisationType.class)))
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("beneficiaryTypes"));
        Programme p = programme("science-cheque", "Chèque science", "Wetenschapscheque", EnumSet.of(OrganisationType.SCHOOL));
        assertThat(p.admitsBeneficiary(OrganisationType.SCHOOL)).isTrue();
        assertThat(p.admitsBeneficiary(OrganisationType.COMPANY)).isFalse();
        assertThat(p.isActive()).isTrue();
        p.archive();
        assertThat(p.isActive()).isFalse();
    }

    private static Programme programme(String code, String fr, String nl, Set<OrganisationType> types) {
        return new Programme(new ProgrammeDetails(code, LocalizedText.of(fr, nl), null, InstrumentKind.VOUCHER, Set.of(),
                Set.of(), TrlRange.notApplicable(), types, Set.of(), Set.of(), Set.of(), null, Set.of(), null),
                Instant.parse("2026-01-01T00:00:00Z"));
    }
}

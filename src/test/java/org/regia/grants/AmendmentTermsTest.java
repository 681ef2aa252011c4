package org.regia.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regia.shared.DomainException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules of amendments on the agreement's terms, without the application: the project of AgreementFlowTest
 * (1/7/2026–30/6/2028, coordinator 300 000 and partner 100 000, split pro rata to the 731 project days).
 */
class AmendmentTermsTest {

    static final AgreementTerms TERMS = new AgreementTerms(new BigDecimal("30"), new BigDecimal("20"), 12, 3);
    static final UUID FIRM = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID LAB = UUID.fromString("00000000-0000-0000-0000-000000000002");
    static final UUID NEW = UUID.fromString("00000000-0000-0000-0000-000000000003");

    private static TreeMap<Integer, BigDecimal> years(String y2026, String y2027, String y2028) {
        return new TreeMap<>(Map.of(2026, new BigDecimal(y2026), 2027, new BigDecimal(y2027), 2028, new BigDecimal(y2028)));
    }

    private static AgreementSnapshot original() {
        LocalDate start = LocalDate.of(2026, 7, 1);
        LocalDate end = LocalDate.of(2028, 6, 30);
        List<Grant.ReportDue> reports = TERMS.reports(start, end);
        return new AgreementSnapshot(start, end, new BigDecimal("400000.00"),
                List.of(new AgreementSnapshot.Party(FIRM, true, years("75513.00", "149794.80", "74692.20")),
                        new AgreementSnapshot.Party(LAB, false, years("25171.00", "49931.60", "24897.40"))),
                TERMS.instalments(new BigDecimal("400000.00"), reports), reports);
    }

    @Test
    void anEarlierEndDropsTheLastYearAndTheProgressReport() {
        AgreementSnapshot shorter = original().withEnd(LocalDate.of(2027, 12, 31), TERMS);
        assertThat(shorter.years()).containsExactly(2026, 2027);
        assertThat(shorter.allocated()).isEqualByComparingTo("400000");
        assertThat(shorter.party(LAB).amount()).isEqualByComparingTo("100000");
        assertThat(shorter.reports()).containsExactly(new Grant.ReportDue(Grant.ReportKind.PROGRESS, LocalDate.of(2027, 7, 1)),
                new Grant.ReportDue(Grant.ReportKind.FINAL, LocalDate.of(2028, 3, 31)));
        assertThat(shorter.instalments().stream().map(Grant.Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("400000");
        assertThat(original().compareTo(shorter)).anyMatch(c -> c.aspect() == AgreementSnapshot.Aspect.ALLOCATION
                && c.year() == 2028 && c.after() == null);
    }

    @Test
    void aShiftKeepsTheTotalAndMeasuresWhatMoves() {
        AgreementSnapshot shifted = original().withAmounts(Map.of(FIRM, Map.of(2027, new BigDecimal("139794.80")),
                LAB, Map.of(2027, new BigDecimal("59931.60"))));
        assertThat(original().shiftedTo(shifted)).isEqualByComparingTo("10000");
        assertThat(shifted.shiftedTo(original())).isEqualByComparingTo("10000");
        assertThat(original().shiftedTo(original())).isEqualByComparingTo("0");
        assertThat(shifted.amountsPerYear()).isEqualTo(original().amountsPerYear());
        assertThatThrownBy(() -> original().withAmounts(Map.of(FIRM, Map.of(2027, new BigDecimal("149794.80")))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("grants.amendment.nothingChanges"));
        assertThatThrownBy(() -> original().withAmounts(Map.of(FIRM, Map.of(2027, new BigDecimal("149794.801")))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo(AgreementSnapshot.field(FIRM, 2027)));
    }

    @Test
    void aLeavingPartnerKeepsItsEarlierYearsAndTheNewcomerTakesTheRest() {
        AgreementSnapshot changed = original().withPartnerChange(LAB, NEW, 2027);
        assertThat(changed.party(LAB).years()).containsOnlyKeys(2026);
        assertThat(changed.party(NEW).years()).containsOnlyKeys(2027, 2028);
        assertThat(changed.party(NEW).amount()).isEqualByComparingTo("74829.00");
        assertThat(changed.party(NEW).coordinator()).isFalse();
        assertThat(changed.allocated()).isEqualByComparingTo("400000");
        AgreementSnapshot toCoordinator = original().withPartnerChange(LAB, FIRM, 2026);
        assertThat(toCoordinator.party(LAB)).as("nothing left: the partner is no longer a party").isNull();
        assertThat(toCoordinator.party(FIRM).amount()).isEqualByComparingTo("400000");
        assertThat(original().compareTo(toCoordinator)).extracting(AgreementSnapshot.Change::aspect)
                .contains(AgreementSnapshot.Aspect.PARTY_REMOVED).doesNotContain(AgreementSnapshot.Aspect.YEAR_TOTAL);
        assertThatThrownBy(() -> original().withPartnerChange(LAB, LAB, 2026))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("receiving"));
        assertThatThrownBy(() -> original().withPartnerChange(LAB, NEW, 2029))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("grants.amendment.nothingLeft"));
    }

    @Test
    void theSnapshotSurvivesItsJsonForm() {
        JsonMapper json = JsonMapper.builder().build();
        AgreementSnapshot s = original().withEnd(LocalDate.of(2028, 12, 31), TERMS);
        AgreementSnapshot back = json.readValue(json.writeValueAsString(s), AgreementSnapshot.class);
        assertThat(back).isEqualTo(s);
        assertThat(s.compareTo(back)).isEmpty();
    }
}

package org.regia.stateaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regia.stateaid.AidRuleSet.FLEMISH_RD;
import static org.regia.stateaid.AidRuleSet.GBER_ART25;
import static org.regia.stateaid.WorkType.EXPERIMENTAL_DEVELOPMENT;
import static org.regia.stateaid.WorkType.FEASIBILITY_STUDY;
import static org.regia.stateaid.WorkType.FUNDAMENTAL_RESEARCH;
import static org.regia.stateaid.WorkType.INDUSTRIAL_RESEARCH;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regia.shared.Money;

class AidIntensityCalculatorTest {

    static final Beneficiary SMALL = new Beneficiary(Beneficiary.Size.SMALL, false);
    static final Beneficiary MICRO = new Beneficiary(Beneficiary.Size.MICRO, false);
    static final Beneficiary MEDIUM = new Beneficiary(Beneficiary.Size.MEDIUM, false);
    static final Beneficiary LARGE = new Beneficiary(Beneficiary.Size.LARGE, false);
    static final Beneficiary UNIVERSITY = new Beneficiary(Beneficiary.Size.LARGE, true);

    @Test
    void issueExampleGberSmallFirmExperimentalDevelopmentInCollaborationIs60() {
        // 25 + 20 + 15 = 60
        AidIntensity i = AidIntensityCalculator.maximum(GBER_ART25, EXPERIMENTAL_DEVELOPMENT, SMALL, true);
        assertThat(i.percent()).isEqualTo(60);
        assertThat(i.steps()).extracting(AidIntensity.Step::messageKey).containsExactly(
                "stateaid.step.base.EXPERIMENTAL_DEVELOPMENT", "stateaid.step.smallBonus", "stateaid.step.collaborationBonus");
        assertThat(i.steps().get(2).arguments()).containsExactly(15, 60);
    }

    @Test
    void issueExampleFlemishRule25Plus20Plus10Is55CappedAt50() {
        AidIntensity i = AidIntensityCalculator.maximum(FLEMISH_RD, EXPERIMENTAL_DEVELOPMENT, SMALL, true);
        assertThat(i.percent()).isEqualTo(50);
        assertThat(i.steps()).last().satisfies(s -> {
            assertThat(s.messageKey()).isEqualTo("stateaid.step.capped");
            assertThat(s.arguments()).containsExactly(55, 50);
        });
    }

    @ParameterizedTest(name = "GBER {0}, {1}, collaboration {2} -> {3}%")
    @CsvSource({
        // DOMAIN.md: fundamental 100, industrial 50, experimental 25, feasibility 50; +20 small / +10 medium; +15; cap 80
        "FUNDAMENTAL_RESEARCH, LARGE, false, 100",
        "FUNDAMENTAL_RESEARCH, SMALL, true, 100",
        "INDUSTRIAL_RESEARCH, LARGE, false, 50",
        "INDUSTRIAL_RESEARCH, MEDIUM, false, 60",
        "INDUSTRIAL_RESEARCH, SMALL, false, 70",
        "INDUSTRIAL_RESEARCH, MICRO, false, 70",
        "INDUSTRIAL_RESEARCH, LARGE, true, 65",
        "INDUSTRIAL_RESEARCH, MEDIUM, true, 75",
        "INDUSTRIAL_RESEARCH, SMALL, true, 80",      // 50 + 20 + 15 = 85, capped at 80
        "EXPERIMENTAL_DEVELOPMENT, LARGE, false, 25",
        "EXPERIMENTAL_DEVELOPMENT, MEDIUM, false, 35",
        "EXPERIMENTAL_DEVELOPMENT, MEDIUM, true, 50",
        "EXPERIMENTAL_DEVELOPMENT, LARGE, true, 40",
        "FEASIBILITY_STUDY, LARGE, false, 50",
        "FEASIBILITY_STUDY, MEDIUM, false, 60",
        "FEASIBILITY_STUDY, SMALL, true, 70"         // no collaboration bonus for feasibility studies
    })
    void gberArticle25(WorkType work, Beneficiary.Size size, boolean collaboration, int expected) {
        assertThat(AidIntensityCalculator.maximum(GBER_ART25, work, new Beneficiary(size, false), collaboration).percent())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "Flemish {0}, {1}, collaboration {2} -> {3}%")
    @CsvSource({
        // research 50, development 25; +20 small, +10 medium, +10 collaboration; cap 60 research, 50 development
        "INDUSTRIAL_RESEARCH, LARGE, false, 50",
        "INDUSTRIAL_RESEARCH, MEDIUM, false, 60",
        "INDUSTRIAL_RESEARCH, SMALL, false, 60",     // 70 capped at 60
        "INDUSTRIAL_RESEARCH, LARGE, true, 60",
        "EXPERIMENTAL_DEVELOPMENT, LARGE, false, 25",
        "EXPERIMENTAL_DEVELOPMENT, MEDIUM, true, 45",
        "EXPERIMENTAL_DEVELOPMENT, SMALL, false, 45",
        "EXPERIMENTAL_DEVELOPMENT, SMALL, true, 50"  // 55 capped at 50
    })
    void flemishRuleSet(WorkType work, Beneficiary.Size size, boolean collaboration, int expected) {
        assertThat(AidIntensityCalculator.maximum(FLEMISH_RD, work, new Beneficiary(size, false), collaboration).percent())
                .isEqualTo(expected);
    }

    @Test
    void nonEconomicActivitiesOfResearchOrganisationsAre100Percent() {
        assertThat(AidIntensityCalculator.maximum(GBER_ART25, WorkType.NON_ECONOMIC, UNIVERSITY, false).percent()).isEqualTo(100);
        assertThat(AidIntensityCalculator.maximum(FLEMISH_RD, WorkType.NON_ECONOMIC, UNIVERSITY, true).percent()).isEqualTo(100);
        assertThat(AidIntensityCalculator.maximum(GBER_ART25, WorkType.NON_ECONOMIC, SMALL, false).percent()).isZero();
    }

    @Test
    void innovationAidIsForSmesOnly() {
        assertThat(AidIntensityCalculator.maximum(GBER_ART25, WorkType.INNOVATION, MICRO, false).percent()).isEqualTo(50);
        assertThat(AidIntensityCalculator.maximum(GBER_ART25, WorkType.INNOVATION, LARGE, false).percent()).isZero();
    }

    @Test
    void requestedAidPerPartnerIsCappedLineByLine() {
        AidCalculation calc = AidCalculation.of(GBER_ART25, MEDIUM, true, List.of(
                new AidCalculation.CostLine(INDUSTRIAL_RESEARCH, Money.eur("200000"), null),
                new AidCalculation.CostLine(EXPERIMENTAL_DEVELOPMENT, Money.eur("100000"), Money.eur("60000")),
                new AidCalculation.CostLine(FUNDAMENTAL_RESEARCH, Money.eur("10000.01"), Money.eur("5000"))));
        // 200,000 x 75% = 150,000; 100,000 x 50% = 50,000 (60,000 asked: flagged, 50,000 grantable); 5,000 asked of 10,000.01
        assertThat(calc.lines().get(0).maximumAid()).isEqualTo(Money.eur("150000"));
        assertThat(calc.lines().get(1).exceedsMaximum()).isTrue();
        assertThat(calc.lines().get(1).grantable()).isEqualTo(Money.eur("50000"));
        assertThat(calc.lines().get(2).maximumAid()).isEqualTo(Money.eur("10000.01"));
        assertThat(calc.totalCosts()).isEqualTo(Money.eur("310000.01"));
        assertThat(calc.requestedAid()).isEqualTo(Money.eur("215000"));
        assertThat(calc.grantableAid()).isEqualTo(Money.eur("205000"));
    }

    @Test
    void everyExplanationStepHasATextInTheThreeLanguages() throws Exception {
        for (String lang : List.of("fr", "nl", "en")) {
            Properties p = new Properties();
            try (var in = getClass().getResourceAsStream("/i18n/stateaid_" + lang + ".properties")) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (AidRuleSet rules : AidRuleSet.values()) {
                for (WorkType work : WorkType.values()) {
                    for (Beneficiary who : List.of(SMALL, MEDIUM, LARGE, UNIVERSITY)) {
                        for (boolean collaboration : new boolean[] {true, false}) {
                            AidIntensityCalculator.maximum(rules, work, who, collaboration).steps()
                                    .forEach(s -> assertThat(p).as(lang).containsKey(s.messageKey()));
                        }
                    }
                }
            }
        }
    }
}

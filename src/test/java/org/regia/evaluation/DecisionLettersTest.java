package org.regia.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.regia.shared.Money;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class DecisionLettersTest extends IntegrationTest {

    @Autowired
    DecisionLetters letters;

    private static DecisionLetters.Letter letter(DecisionLetters.Outcome outcome) {
        return new DecisionLetters.Letter(outcome, "Zinneke Software BV", "Rue Royale 97, 1000 Bruxelles", "RD-2026-042",
                "Urban freight twin", "R&D projects 2026", LocalDate.of(2026, 11, 20), Money.eur("245300.50"),
                new BigDecimal("78.50"), List.of(new DecisionLetters.ScoreLine("Qualité scientifique / Wetenschappelijke kwaliteit", "4.5", 5),
                        new DecisionLetters.ScoreLine("Impact régional / Regionale impact", "3.0", 5)),
                "Strong consortium; the regional impact plan is concrete.", "M. Dupont");
    }

    private static String text(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void awardLetterInFrenchAndDutchWithScoresAndAmount() throws Exception {
        String fr = text(letters.render(letter(DecisionLetters.Outcome.AWARD), Locale.FRENCH));
        assertThat(fr).contains("Décision : votre demande est financée", "Bruxelles, le 20/11/2026", "RD-2026-042",
                "EUR 245.300,50", "4.5 / 5", "78.50 / 100", "Strong consortium");
        String nl = text(letters.render(letter(DecisionLetters.Outcome.AWARD), Locale.forLanguageTag("nl")));
        assertThat(nl).contains("Beslissing: uw aanvraag wordt gefinancierd", "Brussel, 20/11/2026", "De subsidie bedraagt EUR 245.300,50");
    }

    @Test
    void refusalLetterStatesTheReasonsAndHowToAppealButNoAmount() throws Exception {
        String nl = text(letters.render(letter(DecisionLetters.Outcome.REFUSAL), Locale.forLanguageTag("nl")));
        assertThat(nl).contains("niet werd geselecteerd", "Motivering", "binnen 30 dagen").doesNotContain("245.300,50");
    }
}

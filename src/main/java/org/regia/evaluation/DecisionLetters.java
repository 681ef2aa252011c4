package org.regia.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.regia.shared.Money;
import org.regia.shared.documents.PdfDocuments;
import org.springframework.stereotype.Service;

/** Award and refusal letters as PDF, in French or Dutch, with the scores and the reasons of the decision. */
@Service
public class DecisionLetters {

    private final PdfDocuments documents;

    DecisionLetters(PdfDocuments documents) {
        this.documents = documents;
    }

    public byte[] render(Letter letter, Locale locale) {
        return documents.pdf("evaluation/letter", locale, Map.of("letter", letter));
    }

    public String html(Letter letter, Locale locale) {
        return documents.html("evaluation/letter", locale, Map.of("letter", letter));
    }

    public enum Outcome { AWARD, RESERVE, REFUSAL }

    /** What a letter says. */
    public record Letter(Outcome outcome, String applicantName, String applicantAddress, String applicationReference,
                         String projectTitle, String callName, LocalDate date, Money amount, BigDecimal weightedTotal,
                         List<ScoreLine> scores, String reasons, String signatory) {
    }

    /** One criterion in the letter: its name in the letter's language, the consolidated score and the scale. */
    public record ScoreLine(String criterion, String score, int scaleMax) {
    }
}

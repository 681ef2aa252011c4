package org.regia.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.regia.shared.DomainException;

/**
 * The equal-opportunities test ("test égalité des chances" / "gelijkekansentest") of a call: the questions asked,
 * the answers, who answered and when. Mandatory for calls from EUR 30,001 (DOMAIN §3.1).
 */
@Embeddable
public class EqualOpportunitiesTest {

    @Column(name = "eo_questions")
    private String questions;
    @Column(name = "eo_answers")
    private String answers;
    @Column(name = "eo_author")
    private String author;
    @Column(name = "eo_done_on")
    private LocalDate doneOn;

    protected EqualOpportunitiesTest() {
    }

    public EqualOpportunitiesTest(String questions, String answers, String author, LocalDate doneOn) {
        if (questions == null || questions.isBlank()) {
            throw DomainException.onField("questions", "catalogue.eo.questionsRequired");
        }
        if (answers == null || answers.isBlank()) {
            throw DomainException.onField("answers", "catalogue.eo.answersRequired");
        }
        if (author == null || author.isBlank()) {
            throw DomainException.onField("author", "catalogue.eo.authorRequired");
        }
        if (doneOn == null) {
            throw DomainException.onField("doneOn", "catalogue.eo.dateRequired");
        }
        this.questions = questions.trim();
        this.answers = answers.trim();
        this.author = author.trim();
        this.doneOn = doneOn;
    }

    boolean isRecorded() {
        return doneOn != null;
    }

    public String questions() {
        return questions;
    }

    public String answers() {
        return answers;
    }

    public String author() {
        return author;
    }

    public LocalDate doneOn() {
        return doneOn;
    }
}

package org.regia.impact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A version of a questionnaire: the ordered list of questions. Never changed once created; a survey pins one. */
@Entity
@Table(name = "impact_survey_definition")
public class SurveyDefinition {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private SurveyKind kind;
    private int version;
    private String questions;
    @Column(name = "created_at")
    private Instant createdAt;

    protected SurveyDefinition() {
    }

    SurveyDefinition(SurveyKind kind, int version, List<Question> questions, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.version = version;
        this.questions = String.join(",", questions.stream().map(Question::name).toList());
        this.createdAt = now;
    }

    /**
     * Version 1 of the questionnaires: the full one for beneficiaries; for rejected applicants the same outcome
     * questions without the project's own outputs (spin-offs, patents, publications, products).
     */
    static List<Question> defaults(SurveyKind kind) {
        List<Question> all = List.of(Question.values());
        if (kind == SurveyKind.BENEFICIARY) {
            return all;
        }
        return all.stream().filter(q -> q != Question.SPIN_OFFS && q != Question.PATENTS && q != Question.PUBLICATIONS
                && q != Question.DOIS && q != Question.PRODUCTS_LAUNCHED).toList();
    }

    public UUID getId() {
        return id;
    }

    public SurveyKind getKind() {
        return kind;
    }

    public int getVersion() {
        return version;
    }

    /** The questions as stored (names separated by commas). */
    String questionList() {
        return questions;
    }

    public List<Question> questions() {
        return Arrays.stream(questions.split(",")).map(String::strip).map(Question::valueOf).toList();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

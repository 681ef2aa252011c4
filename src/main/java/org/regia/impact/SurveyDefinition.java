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

    public UUID getId() {
        return id;
    }

    public SurveyKind getKind() {
        return kind;
    }

    public int getVersion() {
        return version;
    }

    public List<Question> questions() {
        return Arrays.stream(questions.split(",")).map(String::strip).map(Question::valueOf).toList();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

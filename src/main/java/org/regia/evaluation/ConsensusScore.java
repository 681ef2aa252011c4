package org.regia.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The lead adviser's consensus score on one criterion of one application (replaces the experts' mean). */
@Entity
@Table(name = "evaluation_consensus")
public class ConsensusScore {

    @Id
    private UUID id;
    @Column(name = "application_id", nullable = false)
    private UUID applicationId;
    @Column(name = "criterion_code", nullable = false)
    private String criterionCode;
    @Column(nullable = false)
    private int score;
    @Column(name = "recorded_by", nullable = false)
    private UUID recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ConsensusScore() {
    }

    ConsensusScore(UUID applicationId, String criterionCode, int score, UUID by, Instant now) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.criterionCode = criterionCode;
        record(score, by, now);
    }

    void record(int score, UUID by, Instant now) {
        this.score = score;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public String getCriterionCode() {
        return criterionCode;
    }

    public int getScore() {
        return score;
    }
}

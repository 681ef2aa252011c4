package org.regia.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.regia.shared.DomainException;

/**
 * The lead adviser's consensus score on one criterion of one application, with its justification (replaces the
 * experts' mean in the total and clears the disagreement flag of that criterion). Audited: every change is kept.
 */
@Entity
@Table(name = "evaluation_consensus")
@Audited
public class ConsensusScore {

    @Id
    private UUID id;
    @Column(name = "application_id", nullable = false)
    private UUID applicationId;
    @Column(name = "criterion_code", nullable = false)
    private String criterionCode;
    @Column(nullable = false)
    private int score;
    @Column(nullable = false)
    private String justification;
    @Column(name = "recorded_by", nullable = false)
    private UUID recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Version
    private long version;

    protected ConsensusScore() {
    }

    ConsensusScore(UUID applicationId, String criterionCode, int score, String justification, UUID by, Instant now) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.criterionCode = criterionCode;
        record(score, justification, by, now);
    }

    void record(int score, String justification, UUID by, Instant now) {
        if (justification == null || justification.isBlank()) {
            throw DomainException.onField("justification", "evaluation.consensus.justificationRequired");
        }
        this.score = score;
        this.justification = justification.trim();
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public UUID getId() {
        return id;
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

    public String getJustification() {
        return justification;
    }

    public UUID getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}

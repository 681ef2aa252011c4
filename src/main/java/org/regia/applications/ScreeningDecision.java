package org.regia.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One admissibility decision of an officer; all of them are kept (history). */
@Entity
@Table(name = "application_screening")
@Immutable
public class ScreeningDecision {

    @Id
    private UUID id;
    @Column(name = "application_id", nullable = false)
    private UUID applicationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Application.Screening outcome;
    @Column
    private String reason;
    @Column(name = "decided_by", nullable = false)
    private UUID decidedBy;
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected ScreeningDecision() {
    }

    ScreeningDecision(UUID applicationId, Application.Screening outcome, String reason, UUID decidedBy, Instant decidedAt) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.outcome = outcome;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public UUID getId() {
        return id;
    }

    public Application.Screening getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public UUID getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}

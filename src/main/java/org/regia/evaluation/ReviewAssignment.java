package org.regia.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** An expert assigned to review an application (by the solver, or by an officer's manual swap). */
@Entity
@Table(name = "evaluation_assignment")
@Audited
public class ReviewAssignment {

    @Id
    private UUID id;
    @Column(name = "application_id", nullable = false)
    private UUID applicationId;
    @Column(name = "expert_id", nullable = false)
    private UUID expertId;
    @Column(nullable = false)
    private int affinity;
    @Column(nullable = false)
    private boolean manual;
    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected ReviewAssignment() {
    }

    ReviewAssignment(UUID applicationId, UUID expertId, int affinity, boolean manual, Instant now) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.expertId = expertId;
        this.affinity = affinity;
        this.manual = manual;
        this.assignedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public UUID getExpertId() {
        return expertId;
    }

    public int getAffinity() {
        return affinity;
    }

    public boolean isManual() {
        return manual;
    }
}

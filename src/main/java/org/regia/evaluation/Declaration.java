package org.regia.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.regia.shared.DomainException;

/**
 * An expert's conflict-of-interest declaration for one application, made before the content is shown: no conflict,
 * or a conflict with its reason. Immutable once made.
 */
@Entity
@Table(name = "evaluation_declaration")
public class Declaration {

    @Id
    private UUID id;
    @Column(name = "application_id", nullable = false)
    private UUID applicationId;
    @Column(name = "expert_id", nullable = false)
    private UUID expertId;
    @Column(nullable = false)
    private boolean conflicted;
    private String reason;
    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    protected Declaration() {
    }

    Declaration(UUID applicationId, UUID expertId, Boolean conflicted, String reason, Instant now) {
        if (conflicted == null) {
            throw DomainException.onField("conflicted", "evaluation.declaration.choose");
        }
        if (conflicted && (reason == null || reason.isBlank())) {
            throw DomainException.onField("reason", "evaluation.declaration.reasonRequired");
        }
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.expertId = expertId;
        this.conflicted = conflicted;
        this.reason = reason == null || reason.isBlank() ? null : reason.trim();
        this.declaredAt = now;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public UUID getExpertId() {
        return expertId;
    }

    public boolean isConflicted() {
        return conflicted;
    }

    public String getReason() {
        return reason;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }
}

package org.regia.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.regia.shared.DomainException;

/**
 * The committee decision on one application: fund (with the amount), reserve or reject. Recorded by the programme
 * officer as a proposal, approved by a committee member; once approved it is final and cannot change. A decision
 * that departs from the funding line needs a recorded reason.
 */
@Entity
@Table(name = "evaluation_decision")
@Audited
public class Decision {

    public enum Outcome { FUND, RESERVE, REJECT }

    @Id
    private UUID id;
    @Column(name = "application_id", nullable = false)
    private UUID applicationId;
    @Column(name = "call_id", nullable = false)
    private UUID callId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;
    @Column(precision = 15, scale = 2)
    private BigDecimal amount;
    private String reason;
    @Column(name = "against_line", nullable = false)
    private boolean againstLine;
    @Column(name = "recorded_by", nullable = false)
    private UUID recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "approved_by")
    private UUID approvedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Version
    private long version;

    protected Decision() {
    }

    Decision(UUID applicationId, UUID callId) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.callId = callId;
    }

    /**
     * @param fundedByLine whether the funding line funds this application
     * @param maxAmount the amount requested (a decision never gives more)
     */
    void record(Outcome outcome, BigDecimal amount, String reason, boolean fundedByLine, BigDecimal maxAmount, UUID by, Instant now) {
        if (isApproved()) {
            throw new DomainException("evaluation.decision.final");
        }
        if (outcome == null) {
            throw DomainException.onField("outcome", "evaluation.decision.outcomeRequired");
        }
        if (outcome == Outcome.FUND && (amount == null || amount.signum() <= 0)) {
            throw DomainException.onField("amount", "evaluation.decision.amountRequired");
        }
        if (outcome == Outcome.FUND && amount.compareTo(maxAmount) > 0) {
            throw DomainException.onField("amount", "evaluation.decision.amountTooHigh", maxAmount);
        }
        boolean against = (outcome == Outcome.FUND) != fundedByLine;
        if (against && (reason == null || reason.isBlank())) {
            throw DomainException.onField("reason", "evaluation.decision.overrideReason");
        }
        this.outcome = outcome;
        this.amount = outcome == Outcome.FUND ? amount.setScale(2, RoundingMode.HALF_UP) : null;
        this.reason = reason == null || reason.isBlank() ? null : reason.trim();
        this.againstLine = against;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    void approve(UUID by, Instant now) {
        if (isApproved()) {
            throw new DomainException("evaluation.decision.alreadyApproved");
        }
        this.approvedBy = by;
        this.approvedAt = now;
    }

    public boolean isApproved() {
        return approvedAt != null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public UUID getCallId() {
        return callId;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    public boolean isAgainstLine() {
        return againstLine;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public long getVersion() {
        return version;
    }
}

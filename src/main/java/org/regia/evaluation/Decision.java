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
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.regia.shared.DomainException;

/**
 * The decision on one application: fund (with the amount), reserve or reject. Recorded by the programme officer as a
 * proposal; approved by a committee member, it becomes the committee's proposal to the minister / Government
 * ({@link Status#PROPOSED_TO_MINISTER}, no longer editable); the Government's decision (reference and date; adopted,
 * or not adopted — the application is then rejected with the reason) makes it {@link Status#FINAL}. A decision that
 * departs from the funding line needs a recorded reason.
 */
@Entity
@Table(name = "evaluation_decision")
@Audited
public class Decision {

    public enum Outcome { FUND, RESERVE, REJECT }

    /** Where the decision stands: proposed by the officer, proposed by the committee to the minister, final. */
    public enum Status { PROPOSED, PROPOSED_TO_MINISTER, FINAL }

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
    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_outcome")
    private Outcome proposedOutcome;
    @Column(name = "government_reference")
    private String governmentReference;
    @Column(name = "government_date")
    private LocalDate governmentDate;
    @Column(name = "government_adopted")
    private Boolean governmentAdopted;
    @Column(name = "final_by")
    private UUID finalBy;
    @Column(name = "final_at")
    private Instant finalAt;
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
        this.proposedOutcome = outcome;
    }

    /**
     * The Government's decision on the committee's proposal: adopted as proposed, or not adopted (the application is
     * then rejected, with the Government's reason). Needs the reference of the Government's act and its date (not in
     * the future, not before the committee's proposal).
     */
    void decideFinally(Boolean adopted, String reference, LocalDate date, String reason, UUID by, Instant now, LocalDate today) {
        if (isFinal()) {
            throw new DomainException("evaluation.decision.final");
        }
        if (!isApproved()) {
            throw new DomainException("evaluation.decision.notProposedToMinister");
        }
        if (adopted == null) {
            throw DomainException.onField("adopted", "evaluation.decision.government.adoptedRequired");
        }
        if (reference == null || reference.isBlank()) {
            throw DomainException.onField("reference", "evaluation.decision.government.referenceRequired");
        }
        if (reference.trim().length() > 100) {
            throw DomainException.onField("reference", "evaluation.decision.government.referenceTooLong", 100);
        }
        if (date == null) {
            throw DomainException.onField("date", "evaluation.decision.government.dateRequired");
        }
        LocalDate proposedOn = LocalDate.ofInstant(approvedAt, org.regia.shared.ClockConfiguration.BRUSSELS);
        if (date.isAfter(today) || date.isBefore(proposedOn)) {
            throw DomainException.onField("date", "evaluation.decision.government.dateRange", proposedOn.toString(), today.toString());
        }
        if (!adopted) {
            if (outcome == Outcome.REJECT) {
                throw DomainException.onField("adopted", "evaluation.decision.government.nothingToRefuse");
            }
            if (reason == null || reason.isBlank()) {
                throw DomainException.onField("reason", "evaluation.decision.government.reasonRequired");
            }
            boolean fundedByLine = (outcome == Outcome.FUND) != againstLine;
            this.outcome = Outcome.REJECT;
            this.amount = null;
            this.reason = reason.trim();
            this.againstLine = fundedByLine;
        }
        this.governmentAdopted = adopted;
        this.governmentReference = reference.trim();
        this.governmentDate = date;
        this.finalBy = by;
        this.finalAt = now;
    }

    /** Approved by the committee (and so proposed to the minister), final or not. */
    public boolean isApproved() {
        return approvedAt != null;
    }

    /** The Government has decided: the decision is final. */
    public boolean isFinal() {
        return finalAt != null;
    }

    public Status getStatus() {
        return isFinal() ? Status.FINAL : isApproved() ? Status.PROPOSED_TO_MINISTER : Status.PROPOSED;
    }

    public Outcome getProposedOutcome() {
        return proposedOutcome;
    }

    public String getGovernmentReference() {
        return governmentReference;
    }

    public LocalDate getGovernmentDate() {
        return governmentDate;
    }

    public Boolean getGovernmentAdopted() {
        return governmentAdopted;
    }

    public Instant getFinalAt() {
        return finalAt;
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

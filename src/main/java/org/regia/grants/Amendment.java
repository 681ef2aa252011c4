package org.regia.grants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.regia.shared.DomainException;

/**
 * An amendment of a grant agreement: a change of end date, a budget shift between partners and/or years, or a partner
 * change, requested by a programme officer with a reason. It carries the proposed terms in full (drafted on the
 * agreement version it amends). A budget shift within the tolerance is approved automatically (recorded as such);
 * anything else waits for a committee member or an administrator, who approves or rejects it with a reason. Only an
 * approved amendment changes the grant's terms, as a new {@link AgreementVersion}.
 */
@Entity
@Table(name = "grants_amendment")
public class Amendment {

    public enum Kind { END_DATE, BUDGET_SHIFT, PARTNER_CHANGE }

    public enum State { PENDING, APPROVED, REJECTED }

    @Id
    private UUID id;
    @Column(name = "grant_id", nullable = false, updatable = false)
    private UUID grantId;
    @Column(nullable = false, updatable = false)
    private int number;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(nullable = false, updatable = false)
    private String reason;
    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;
    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;
    @Column(name = "base_version", nullable = false, updatable = false)
    private int baseVersion;
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String proposed;
    @Column(nullable = false, updatable = false, precision = 15, scale = 2)
    private BigDecimal shifted;
    @Column(name = "auto_approved", nullable = false)
    private boolean autoApproved;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "result_version")
    private Integer resultVersion;
    @Version
    private long version;

    protected Amendment() {
    }

    Amendment(UUID grantId, int number, Kind kind, String reason, String requestedBy, Instant requestedAt,
              int baseVersion, String proposed, BigDecimal shifted) {
        if (kind == null) {
            throw DomainException.onField("kind", "grants.amendment.kindRequired");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.onField("reason", "grants.amendment.reasonRequired");
        }
        this.id = UUID.randomUUID();
        this.grantId = grantId;
        this.number = number;
        this.kind = kind;
        this.state = State.PENDING;
        this.reason = reason.strip();
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.baseVersion = baseVersion;
        this.proposed = proposed;
        this.shifted = shifted;
    }

    /** Approves the amendment; {@code automatic} when a budget shift stays within the tolerance. */
    void approve(String by, Instant at, String reasonText, int resultVersion, boolean automatic) {
        requirePending();
        if (!automatic && by.equalsIgnoreCase(requestedBy)) {
            throw new DomainException("grants.amendment.ownRequest");
        }
        this.state = State.APPROVED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionReason = reasonText == null || reasonText.isBlank() ? null : reasonText.strip();
        this.resultVersion = resultVersion;
        this.autoApproved = automatic;
    }

    /** Rejects the amendment with a reason; the agreement's terms stay as they are. */
    void reject(String by, Instant at, String reasonText) {
        requirePending();
        if (reasonText == null || reasonText.isBlank()) {
            throw DomainException.onField("decisionReason", "grants.amendment.rejectReasonRequired");
        }
        if (by.equalsIgnoreCase(requestedBy)) {
            throw new DomainException("grants.amendment.ownRequest");
        }
        this.state = State.REJECTED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionReason = reasonText.strip();
    }

    private void requirePending() {
        if (state != State.PENDING) {
            throw new DomainException("grants.amendment.alreadyDecided", number);
        }
    }

    public boolean isPending() { return state == State.PENDING; }
    public UUID getId() { return id; }
    public UUID getGrantId() { return grantId; }
    public int getNumber() { return number; }
    public Kind getKind() { return kind; }
    public State getState() { return state; }
    public String getReason() { return reason; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public int getBaseVersion() { return baseVersion; }
    String getProposed() { return proposed; }
    public BigDecimal getShifted() { return shifted; }
    public boolean isAutoApproved() { return autoApproved; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionReason() { return decisionReason; }
    public Integer getResultVersion() { return resultVersion; }
}

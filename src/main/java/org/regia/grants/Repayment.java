package org.regia.grants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One repayment received against a recovery (debit note). */
@Entity
@Table(name = "grants_repayment")
public class Repayment {

    @Id
    private UUID id;
    @Column(name = "recovery_id", nullable = false)
    private UUID recoveryId;
    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;
    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Repayment() {
    }

    Repayment(UUID recoveryId, BigDecimal amount, LocalDate paidOn, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.recoveryId = recoveryId;
        this.amount = amount;
        this.paidOn = paidOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID getId() { return id; }
    public UUID getRecoveryId() { return recoveryId; }
    public BigDecimal getAmount() { return amount; }
    public LocalDate getPaidOn() { return paidOn; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}

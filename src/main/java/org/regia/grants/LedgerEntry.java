package org.regia.grants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One line of the append-only finance ledger: a credit, a commitment, a de-commitment or a payment. */
@Entity
@Table(name = "grants_ledger")
public class LedgerEntry {

    public enum Kind { CREDIT, COMMITMENT, DECOMMITMENT, PAYMENT }

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(name = "budget_line", nullable = false)
    private String budgetLine;
    @Column(name = "fiscal_year", nullable = false)
    private int year;
    @Column(name = "grant_id")
    private UUID grantId;
    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "override_reason")
    private String overrideReason;

    protected LedgerEntry() {
    }

    LedgerEntry(Kind kind, String budgetLine, int year, UUID grantId, BigDecimal amount, Instant at, String by, String overrideReason) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.budgetLine = budgetLine;
        this.year = year;
        this.grantId = grantId;
        this.amount = amount;
        this.recordedAt = at;
        this.recordedBy = by;
        this.overrideReason = overrideReason;
    }

    public UUID getId() { return id; }
    public Kind getKind() { return kind; }
    public String getBudgetLine() { return budgetLine; }
    public int getYear() { return year; }
    public UUID getGrantId() { return grantId; }
    public BigDecimal getAmount() { return amount; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
    public String getOverrideReason() { return overrideReason; }
}

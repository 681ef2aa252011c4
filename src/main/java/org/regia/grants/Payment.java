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
import org.hibernate.envers.Audited;
import org.regia.shared.DomainException;

/** A payment on a grant: requested, approved by the financial officer, then posted — exactly once. */
@Entity
@Table(name = "grants_payment")
@Audited
public class Payment {

    public enum State { REQUESTED, APPROVED, POSTED }

    @Id
    private UUID id;
    @Column(name = "grant_id", nullable = false)
    private UUID grantId;
    @Column(name = "budget_line", nullable = false)
    private String budgetLine;
    @Column(name = "fiscal_year", nullable = false)
    private int year;
    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;
    @Column(nullable = false)
    private String purpose;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "posted_at")
    private Instant postedAt;
    @Column(name = "ledger_entry_id", unique = true)
    private UUID ledgerEntryId;

    protected Payment() {
    }

    Payment(UUID grantId, String budgetLine, int year, BigDecimal amount, String purpose) {
        if (amount == null || amount.signum() <= 0) {
            throw DomainException.onField("amount", "grants.amount.positive");
        }
        if (purpose == null || purpose.isBlank()) {
            throw DomainException.onField("purpose", "grants.payment.purposeRequired");
        }
        this.id = UUID.randomUUID();
        this.grantId = grantId;
        this.budgetLine = budgetLine;
        this.year = year;
        this.amount = amount;
        this.purpose = purpose.trim();
        this.state = State.REQUESTED;
    }

    void approve(String by) {
        if (state != State.REQUESTED) {
            throw new DomainException("grants.payment.notRequested", state.name());
        }
        this.state = State.APPROVED;
        this.approvedBy = by;
    }

    void posted(UUID ledgerEntryId, Instant at) {
        this.state = State.POSTED;
        this.ledgerEntryId = ledgerEntryId;
        this.postedAt = at;
    }

    public UUID getId() { return id; }
    public UUID getGrantId() { return grantId; }
    public String getBudgetLine() { return budgetLine; }
    public int getYear() { return year; }
    public BigDecimal getAmount() { return amount; }
    public String getPurpose() { return purpose; }
    public State getState() { return state; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getPostedAt() { return postedAt; }
    public UUID getLedgerEntryId() { return ledgerEntryId; }
}

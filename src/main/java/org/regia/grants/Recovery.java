package org.regia.grants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;
import org.regia.shared.DomainException;

/**
 * A debit note for an undue amount: after the final cost claim is approved, what was paid beyond what the beneficiary
 * is entitled to is recovered. The entitlement rule is {@link #entitled}. Repayments (partial or full) settle it.
 */
@Entity
@Table(name = "grants_recovery")
public class Recovery {

    public enum State { OPEN, PARTIALLY_REPAID, SETTLED }

    @Id
    private UUID id;
    @Column(name = "grant_id", nullable = false, unique = true)
    private UUID grantId;
    @Column(nullable = false, unique = true)
    private String reference;
    @Column(name = "accepted_costs", nullable = false, precision = 15, scale = 2)
    private BigDecimal acceptedCosts;
    @Column(name = "budget_total", precision = 15, scale = 2)
    private BigDecimal budgetTotal;
    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal entitled;
    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal paid;
    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;
    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal repaid = BigDecimal.ZERO.setScale(2);
    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.OPEN;
    @Version
    private long version;

    protected Recovery() {
    }

    Recovery(UUID grantId, String reference, BigDecimal acceptedCosts, BigDecimal budgetTotal, BigDecimal entitled,
             BigDecimal paid, LocalDate issuedOn, int daysToPay) {
        if (paid.compareTo(entitled) <= 0) {
            throw new DomainException("grants.recovery.nothingUndue", paid.toPlainString(), entitled.toPlainString());
        }
        this.id = UUID.randomUUID();
        this.grantId = grantId;
        this.reference = reference;
        this.acceptedCosts = acceptedCosts;
        this.budgetTotal = budgetTotal;
        this.entitled = entitled;
        this.paid = paid;
        this.amount = paid.subtract(entitled);
        this.issuedOn = issuedOn;
        this.dueDate = issuedOn.plusDays(daysToPay);
    }

    /**
     * What a beneficiary is entitled to after the final cost claim. With an accepted budget: the aid rate is the amount
     * awarded divided by the budget's total costs, and the entitlement is the accepted costs times that rate, capped at
     * the amount awarded (rounded to the cent, half up). Without a budget: the accepted costs, capped at the amount
     * awarded.
     */
    public static BigDecimal entitled(BigDecimal awarded, BigDecimal acceptedCosts, BigDecimal budgetTotal) {
        BigDecimal value = budgetTotal == null || budgetTotal.signum() <= 0 ? acceptedCosts
                : acceptedCosts.multiply(awarded).divide(budgetTotal, 2, RoundingMode.HALF_UP);
        return value.min(awarded).setScale(2, RoundingMode.HALF_UP);
    }

    /** Records a repayment; never more than what is still owed. */
    Repayment repay(BigDecimal value, LocalDate paidOn, String by, java.time.Instant at) {
        if (value == null || value.signum() <= 0) {
            throw DomainException.onField("amount", "grants.amount.positive");
        }
        if (paidOn == null) {
            throw DomainException.onField("paidOn", "grants.recovery.dateRequired");
        }
        if (paidOn.isBefore(issuedOn)) {
            throw DomainException.onField("paidOn", "grants.recovery.beforeIssued", issuedOn.toString());
        }
        if (value.compareTo(outstanding()) > 0) {
            throw DomainException.onField("amount", "grants.recovery.aboveOutstanding", value.toPlainString(),
                    outstanding().toPlainString());
        }
        repaid = repaid.add(value);
        state = repaid.compareTo(amount) == 0 ? State.SETTLED : State.PARTIALLY_REPAID;
        return new Repayment(id, value, paidOn, by, at);
    }

    public BigDecimal outstanding() {
        return amount.subtract(repaid);
    }

    public UUID getId() { return id; }
    public UUID getGrantId() { return grantId; }
    public String getReference() { return reference; }
    public BigDecimal getAcceptedCosts() { return acceptedCosts; }
    public BigDecimal getBudgetTotal() { return budgetTotal; }
    public BigDecimal getEntitled() { return entitled; }
    public BigDecimal getPaid() { return paid; }
    public BigDecimal getAmount() { return amount; }
    public BigDecimal getRepaid() { return repaid; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getDueDate() { return dueDate; }
    public State getState() { return state; }
}

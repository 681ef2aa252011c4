package org.regia.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.regia.shared.DomainException;
import org.regia.shared.Money;
import org.regia.stateaid.WorkType;

/** One amount of a partner's budget: year x work type x cost category. Never negative. */
@Entity
@Table(name = "budget_line")
@Audited
public class BudgetLine {

    /** The largest amount of one line (the column is numeric(15,2); no R&amp;D budget line comes near). */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;
    @Column(nullable = false)
    private int year;
    @Enumerated(EnumType.STRING)
    @Column(name = "work_type", nullable = false)
    private WorkType workType;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CostCategory category;
    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    protected BudgetLine() {
    }

    BudgetLine(Partner partner, int year, WorkType workType, CostCategory category, Money amount) {
        if (year < 2000 || year > 2100) {
            throw DomainException.onField("year", "applications.budget.badYear", String.valueOf(year));
        }
        if (workType == null || category == null) {
            throw DomainException.onField("category", "applications.budget.categoryRequired");
        }
        if (amount == null || amount.isNegative()) {
            throw DomainException.onField("amount", "applications.budget.negative");
        }
        if (amount.amount().compareTo(MAX_AMOUNT) > 0) {
            throw DomainException.onField("amount", "applications.budget.tooLarge", MAX_AMOUNT.toPlainString());
        }
        this.id = UUID.randomUUID();
        this.partner = partner;
        this.year = year;
        this.workType = workType;
        this.category = category;
        this.amount = amount.amount();
    }

    public UUID getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public WorkType getWorkType() {
        return workType;
    }

    public CostCategory getCategory() {
        return category;
    }

    public Money getAmount() {
        return Money.eur(amount);
    }
}

package org.regia.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.regia.shared.DomainException;

/** Staff (annual work units), turnover and balance-sheet total of one accounting year of an organisation. */
@Entity
@Table(name = "organisation_figures")
@Audited
public class YearFigures {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;
    @Column(name = "fiscal_year", nullable = false)
    private int year;
    @Column(name = "staff_awu", nullable = false, precision = 9, scale = 2)
    private BigDecimal staff;
    @Column(name = "turnover", precision = 15, scale = 2)
    private BigDecimal turnover;
    @Column(name = "balance_sheet", precision = 15, scale = 2)
    private BigDecimal balanceSheet;

    protected YearFigures() {
    }

    public YearFigures(int year, BigDecimal staff, BigDecimal turnover, BigDecimal balanceSheet) {
        if (year < 1900 || year > 2200) {
            throw DomainException.onField("year", "organisation.figures.year", year);
        }
        if (staff == null) {
            throw DomainException.onField("staff", "organisation.figures.staffRequired");
        }
        if (staff.signum() < 0) {
            throw DomainException.onField("staff", "organisation.figures.negative", staff);
        }
        if (turnover != null && turnover.signum() < 0) {
            throw DomainException.onField("turnover", "organisation.figures.negative", turnover);
        }
        if (balanceSheet != null && balanceSheet.signum() < 0) {
            throw DomainException.onField("balanceSheet", "organisation.figures.negative", balanceSheet);
        }
        this.id = UUID.randomUUID();
        this.year = year;
        this.staff = staff;
        this.turnover = turnover;
        this.balanceSheet = balanceSheet;
    }

    void belongTo(Organisation organisation) {
        this.organisation = organisation;
    }

    void correct(YearFigures corrected) {
        this.staff = corrected.staff;
        this.turnover = corrected.turnover;
        this.balanceSheet = corrected.balanceSheet;
    }

    public SizeClass sizeClass() {
        return SizeClass.of(staff, turnover, balanceSheet);
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getStaff() {
        return staff;
    }

    public BigDecimal getTurnover() {
        return turnover;
    }

    public BigDecimal getBalanceSheet() {
        return balanceSheet;
    }

    @Override
    public String toString() {
        return year + ": staff " + staff.stripTrailingZeros().toPlainString()
                + (turnover == null ? "" : ", turnover " + turnover.toPlainString())
                + (balanceSheet == null ? "" : ", balance sheet " + balanceSheet.toPlainString());
    }
}

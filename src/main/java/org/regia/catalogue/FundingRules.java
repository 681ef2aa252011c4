package org.regia.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.regia.shared.DomainException;
import org.regia.shared.Money;

/**
 * How much a programme gives: a maximum amount per grant, a funding rate (percentage of eligible costs), and/or a
 * fixed amount (a prize). Any may be absent; the rate is between 0 and 100.
 */
@Embeddable
public class FundingRules {

    @Column(name = "max_amount")
    private BigDecimal maxAmount;
    @Column(name = "funding_rate")
    private BigDecimal rate;
    @Column(name = "fixed_amount")
    private BigDecimal fixedAmount;

    protected FundingRules() {
    }

    public FundingRules(Money maxAmount, BigDecimal ratePercent, Money fixedAmount) {
        if (maxAmount != null && (maxAmount.isNegative() || maxAmount.amount().signum() == 0)) {
            throw DomainException.onField("maxAmount", "catalogue.amount.positive");
        }
        if (fixedAmount != null && (fixedAmount.isNegative() || fixedAmount.amount().signum() == 0)) {
            throw DomainException.onField("fixedAmount", "catalogue.amount.positive");
        }
        if (ratePercent != null && (ratePercent.signum() <= 0 || ratePercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw DomainException.onField("rate", "catalogue.rate.range");
        }
        if (fixedAmount != null && maxAmount != null && fixedAmount.isGreaterThan(maxAmount)) {
            throw DomainException.onField("fixedAmount", "catalogue.amount.fixedAboveMax");
        }
        this.maxAmount = maxAmount == null ? null : maxAmount.amount();
        this.rate = ratePercent == null ? null : ratePercent.setScale(2, java.math.RoundingMode.HALF_EVEN);
        this.fixedAmount = fixedAmount == null ? null : fixedAmount.amount();
    }

    public static FundingRules none() {
        return new FundingRules(null, null, null);
    }

    public Money maxAmount() {
        return maxAmount == null ? null : Money.eur(maxAmount);
    }

    /** Percentage of eligible costs (e.g. 50.00 for patents), or null. */
    public BigDecimal rate() {
        return rate;
    }

    public Money fixedAmount() {
        return fixedAmount == null ? null : Money.eur(fixedAmount);
    }
}

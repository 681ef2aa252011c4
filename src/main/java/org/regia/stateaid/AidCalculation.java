package org.regia.stateaid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.regia.shared.Money;

/**
 * Requested aid of one partner: for each work type, eligible costs times the maximum intensity; what the partner
 * asks above that is flagged and not granted.
 */
public record AidCalculation(List<Line> lines, Money totalCosts, Money maximumAid, Money requestedAid, Money grantableAid) {

    public record CostLine(WorkType workType, Money eligibleCosts, Money requested) {
    }

    public record Line(WorkType workType, Money eligibleCosts, AidIntensity intensity, Money maximumAid, Money requested,
                       Money grantable) {
        public boolean exceedsMaximum() {
            return requested.isGreaterThan(maximumAid);
        }
    }

    /** @param requested per line; {@code null} means "the maximum" */
    public static AidCalculation of(AidRuleSet rules, Beneficiary who, boolean collaboration, List<CostLine> costs) {
        List<Line> lines = costs.stream().map(c -> {
            if (c.eligibleCosts().isNegative()) {
                throw new IllegalArgumentException("negative eligible costs for " + c.workType());
            }
            AidIntensity intensity = AidIntensityCalculator.maximum(rules, c.workType(), who, collaboration);
            Money max = Money.eur(c.eligibleCosts().amount().multiply(BigDecimal.valueOf(intensity.percent()))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN));
            Money requested = c.requested() == null ? max : c.requested();
            Money grantable = requested.isGreaterThan(max) ? max : requested;
            return new Line(c.workType(), c.eligibleCosts(), intensity, max, requested, grantable);
        }).toList();
        return new AidCalculation(lines,
                lines.stream().map(Line::eligibleCosts).reduce(Money.ZERO, Money::plus),
                lines.stream().map(Line::maximumAid).reduce(Money.ZERO, Money::plus),
                lines.stream().map(Line::requested).reduce(Money.ZERO, Money::plus),
                lines.stream().map(Line::grantable).reduce(Money.ZERO, Money::plus));
    }
}

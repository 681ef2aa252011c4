package org.regia.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.regia.shared.DomainException;
import org.regia.shared.Money;

/**
 * Where the funding line falls in a call's ranking: applications are funded in ranking order while their (proposed,
 * possibly reduced) amount fits in what is left of the budget; the first one that does not fit draws the line, and
 * the following ones form the reserve list. Applications that missed a criterion threshold are not fundable.
 * Also tells what an extra amount (e.g. EUR 100,000) would fund.
 */
public record FundingLine(Money budget, List<Entry> funded, List<Entry> reserve, List<Entry> notFundable, Money committed, Money left) {

    /** One ranked application with the amount it would receive. */
    public record Entry(UUID application, String reference, int rank, Money amount, boolean fundable) {
    }

    public static FundingLine draw(Money budget, List<Entry> ranking) {
        if (budget.isNegative()) {
            throw DomainException.onField("budget", "evaluation.fundingLine.negativeBudget");
        }
        List<Entry> funded = new ArrayList<>();
        List<Entry> reserve = new ArrayList<>();
        List<Entry> notFundable = new ArrayList<>();
        Money left = budget;
        boolean lineDrawn = false;
        for (Entry e : ranking.stream().sorted(java.util.Comparator.comparingInt(Entry::rank)).toList()) {
            if (!e.fundable()) {
                notFundable.add(e);
            } else if (!lineDrawn && !e.amount().isGreaterThan(left)) {
                funded.add(e);
                left = left.minus(e.amount());
            } else {
                // strict ranking order: once one does not fit, the line is drawn (no skipping to cheaper projects)
                lineDrawn = true;
                reserve.add(e);
            }
        }
        return new FundingLine(budget, funded, reserve, notFundable, budget.minus(left), left);
    }

    /** The applications that an extra amount on top of the budget would fund, in ranking order. */
    public List<Entry> extraWouldFund(Money extra) {
        List<Entry> all = new ArrayList<>(funded);
        all.addAll(reserve);
        all.addAll(notFundable);
        FundingLine bigger = draw(budget.plus(extra), all);
        return bigger.funded().stream().filter(e -> !funded.contains(e)).toList();
    }
}

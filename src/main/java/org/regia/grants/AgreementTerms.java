package org.regia.grants;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.regia.evaluation.FundingDecided;
import org.regia.shared.DomainException;

/**
 * Derives an agreement's terms from a funding decision. The sources do not describe the payment mechanics (extract
 * 003c: "advances, instalments and final payment are not described"), so the percentages are configuration:
 * an advance at signature, one instalment per approved progress report sharing what is left after the balance, and
 * the balance after the final report and the approved cost claim.
 */
record AgreementTerms(BigDecimal advancePercent, BigDecimal balancePercent, int reportIntervalMonths, int finalReportMonths) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    AgreementTerms {
        if (advancePercent.signum() <= 0 || balancePercent.signum() <= 0
                || advancePercent.add(balancePercent).compareTo(HUNDRED) >= 0) {
            throw new IllegalArgumentException("advance + balance must stay below 100 %");
        }
    }

    /** Each partner's amount split over the fiscal years pro rata to the project days in each year (cents to the last year). */
    List<Grant.Allocation> allocations(List<FundingDecided.PartnerAward> awards, LocalDate start, LocalDate end) {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        List<Grant.Allocation> out = new ArrayList<>();
        for (FundingDecided.PartnerAward award : awards) {
            if (award.amount() == null || award.amount().signum() <= 0) {
                throw DomainException.onField("awarded", "grants.amount.positive");
            }
            BigDecimal rest = award.amount().setScale(2, RoundingMode.HALF_UP);
            for (int year = start.getYear(); year <= end.getYear(); year++) {
                BigDecimal amount;
                if (year == end.getYear()) {
                    amount = rest;
                } else {
                    LocalDate from = year == start.getYear() ? start : LocalDate.of(year, 1, 1);
                    long inYear = ChronoUnit.DAYS.between(from, LocalDate.of(year, 12, 31)) + 1;
                    amount = award.amount().multiply(BigDecimal.valueOf(inYear))
                            .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
                    rest = rest.subtract(amount);
                }
                out.add(new Grant.Allocation(award.organisationId(), award.coordinator(), year, amount));
            }
        }
        return out;
    }

    /** A progress report every interval from the start while before the end; the final report some months after the end. */
    List<Grant.ReportDue> reports(LocalDate start, LocalDate end) {
        List<Grant.ReportDue> out = new ArrayList<>();
        for (LocalDate due = start.plusMonths(reportIntervalMonths); due.isBefore(end); due = due.plusMonths(reportIntervalMonths)) {
            out.add(new Grant.ReportDue(Grant.ReportKind.PROGRESS, due));
        }
        out.add(new Grant.ReportDue(Grant.ReportKind.FINAL, end.plusMonths(finalReportMonths)));
        return out;
    }

    /** Advance, one instalment per progress report, balance; the balance absorbs the rounding so the total is exact. */
    List<Grant.Instalment> instalments(BigDecimal total, List<Grant.ReportDue> reports) {
        int progress = (int) reports.stream().filter(r -> r.kind() == Grant.ReportKind.PROGRESS).count();
        List<Grant.Instalment> out = new ArrayList<>();
        BigDecimal advance = percentOf(total, advancePercent);
        out.add(new Grant.Instalment(Grant.InstalmentKind.ADVANCE, advancePercent, advance, null));
        BigDecimal paid = advance;
        BigDecimal balancePct = balancePercent;
        if (progress == 0) {
            balancePct = HUNDRED.subtract(advancePercent);
        } else {
            BigDecimal each = HUNDRED.subtract(advancePercent).subtract(balancePercent)
                    .divide(BigDecimal.valueOf(progress), 2, RoundingMode.DOWN);
            balancePct = HUNDRED.subtract(advancePercent).subtract(each.multiply(BigDecimal.valueOf(progress)));
            for (int i = 1; i <= progress; i++) {
                BigDecimal amount = percentOf(total, each);
                out.add(new Grant.Instalment(Grant.InstalmentKind.INSTALMENT, each, amount, i));
                paid = paid.add(amount);
            }
        }
        out.add(new Grant.Instalment(Grant.InstalmentKind.BALANCE, balancePct, total.subtract(paid), reports.size()));
        return out;
    }

    private static BigDecimal percentOf(BigDecimal total, BigDecimal percent) {
        return total.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}

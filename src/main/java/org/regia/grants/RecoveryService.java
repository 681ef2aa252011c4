package org.regia.grants;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.regia.applications.AcceptedBudget;
import org.regia.identity.CurrentUser;
import org.regia.identity.RegiaAccount;
import org.regia.identity.Role;
import org.regia.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recoveries of undue amounts. When a grant's final report is fully approved, the entitlement is computed from the
 * accepted costs ({@link Recovery#entitled}); if the posted payments exceed it, a debit note {@code DN-<year>-<n>} is
 * issued for the difference, payable within {@code regia.grants.recovery-days-to-pay} days (30), and the repayments
 * are recorded until it is settled.
 */
@Service
@Transactional
public class RecoveryService {

    private final RecoveryRepository recoveries;
    private final RepaymentRepository repayments;
    private final AcceptedBudget budgets;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int daysToPay;

    RecoveryService(RecoveryRepository recoveries, RepaymentRepository repayments, AcceptedBudget budgets,
                    JdbcTemplate jdbc, Clock clock, @Value("${regia.grants.recovery-days-to-pay:30}") int daysToPay) {
        this.recoveries = recoveries;
        this.repayments = repayments;
        this.budgets = budgets;
        this.jdbc = jdbc;
        this.clock = clock;
        this.daysToPay = daysToPay;
    }

    /** What the beneficiary is entitled to for these accepted costs, with the application's budget if it had one. */
    @Transactional(readOnly = true)
    public BigDecimal entitlement(Grant grant, BigDecimal acceptedCosts) {
        return Recovery.entitled(grant.getAwarded(), acceptedCosts, budgetTotal(grant));
    }

    private BigDecimal budgetTotal(Grant grant) {
        return budgets.of(grant.getApplicationId()).map(AcceptedBudget.Totals::total).filter(t -> t.signum() > 0).orElse(null);
    }

    /** Payments posted to a grant (liquidated). */
    @Transactional(readOnly = true)
    public BigDecimal paid(UUID grantId) {
        return jdbc.queryForObject("select coalesce(sum(amount), 0) from grants_ledger where kind = 'PAYMENT' and grant_id = ?",
                BigDecimal.class, grantId);
    }

    /**
     * After the final report's approval: a debit note for what was paid beyond the entitlement, once per grant (a
     * second assessment returns the first). Empty when nothing was overpaid.
     */
    Optional<Recovery> assess(Grant grant, GrantReport finalReport) {
        Optional<Recovery> existing = recoveries.findByGrantId(grant.getId());
        if (existing.isPresent()) {
            return existing;
        }
        BigDecimal accepted = finalReport.totalAccepted();
        BigDecimal budget = budgetTotal(grant);
        BigDecimal entitled = Recovery.entitled(grant.getAwarded(), accepted, budget);
        BigDecimal paid = paid(grant.getId()).setScale(2);
        if (paid.compareTo(entitled) <= 0) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        long n = jdbc.queryForObject("select nextval('grants_recovery_seq')", Long.class);
        Recovery r = new Recovery(grant.getId(), "DN-%d-%04d".formatted(today.getYear(), n), accepted, budget, entitled,
                paid, today, daysToPay);
        return Optional.of(recoveries.saveAndFlush(r));
    }

    /** A financial officer records a repayment received (partial or full) on a debit note. */
    public Repayment repay(UUID recoveryId, BigDecimal amount, LocalDate paidOn) {
        requireFinance();
        Recovery r = recoveries.findById(recoveryId).orElseThrow(() -> new NotFoundException("recovery", recoveryId));
        Repayment p = r.repay(amount, paidOn, CurrentUser.get().map(RegiaAccount::email).orElse("system"), clock.instant());
        repayments.save(p);
        recoveries.flush();
        return p;
    }

    /** Every debit note, latest first (financial officers, management control). */
    @Transactional(readOnly = true)
    public List<Recovery> list() {
        if (!CurrentUser.hasAnyRole(Role.FINANCE_OFFICER, Role.CONTROL_OFFICER, Role.ADMIN)) {
            throw new AccessDeniedException("financial officers only");
        }
        return recoveries.findAllByOrderByIssuedOnDescReferenceDesc();
    }

    /** The debit note of a grant, if any (no access check: callers check access to the grant). */
    @Transactional(readOnly = true)
    public Optional<Recovery> ofGrant(UUID grantId) {
        return recoveries.findByGrantId(grantId);
    }

    @Transactional(readOnly = true)
    public List<Repayment> repayments(UUID recoveryId) {
        return repayments.findByRecoveryIdOrderByPaidOnAscRecordedAtAsc(recoveryId);
    }

    private static void requireFinance() {
        if (!CurrentUser.hasAnyRole(Role.FINANCE_OFFICER, Role.ADMIN)) {
            throw new AccessDeniedException("financial officers only");
        }
    }
}

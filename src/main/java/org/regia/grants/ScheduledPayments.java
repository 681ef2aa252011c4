package org.regia.grants;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.regia.identity.CurrentUser;
import org.regia.identity.RegiaAccount;
import org.regia.identity.Role;
import org.regia.shared.DomainException;
import org.regia.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments from the agreement's schedule. An instalment becomes due when its condition is met — the advance when the
 * agreement is signed, instalment n when progress report n is fully approved, the balance when the final report is
 * fully approved — and is then requested once through {@link FinanceLedger#requestPayment} (approval and posting
 * follow as for any payment). The balance is limited to what the beneficiary is still entitled to after the final
 * cost claim (see {@link Recovery#entitled}) minus the payments already requested; nothing is requested before it is due.
 */
@Service
@Transactional
public class ScheduledPayments {

    /** Where an instalment of the schedule stands. */
    public enum Due { NOT_DUE, DUE, NOTHING_LEFT, REQUESTED }

    /** One instalment (position in the schedule from 0), its state, the amount to request, the payment once requested. */
    public record InstalmentStatus(int position, Grant.Instalment instalment, Due due, BigDecimal payable, Payment payment) {
    }

    private final GrantRepository grants;
    private final GrantReportRepository reports;
    private final PaymentRepository payments;
    private final FinanceLedger ledger;
    private final RecoveryService recoveries;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ScheduledPayments(GrantRepository grants, GrantReportRepository reports, PaymentRepository payments,
                      FinanceLedger ledger, RecoveryService recoveries, JdbcTemplate jdbc, Clock clock) {
        this.grants = grants;
        this.reports = reports;
        this.payments = payments;
        this.ledger = ledger;
        this.recoveries = recoveries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The schedule of a grant with each instalment's state (no access check: callers check access to the grant). */
    @Transactional(readOnly = true)
    public List<InstalmentStatus> statuses(Grant detached) {
        Grant grant = grants.findById(detached.getId()).orElseThrow(() -> new NotFoundException("grant", detached.getId()));
        Map<Integer, UUID> requested = new java.util.HashMap<>();
        jdbc.query("select position, payment_id from grants_instalment_request where grant_id = ?",
                rs -> { requested.put(rs.getInt(1), rs.getObject(2, UUID.class)); }, grant.getId());
        List<InstalmentStatus> out = new ArrayList<>();
        for (int i = 0; i < grant.instalments().size(); i++) {
            Grant.Instalment inst = grant.instalments().get(i);
            if (requested.containsKey(i)) {
                Payment p = payments.findById(requested.get(i)).orElse(null);
                out.add(new InstalmentStatus(i, inst, Due.REQUESTED, p == null ? inst.amount() : p.getAmount(), p));
                continue;
            }
            if (!conditionMet(grant, inst)) {
                out.add(new InstalmentStatus(i, inst, Due.NOT_DUE, inst.amount(), null));
                continue;
            }
            BigDecimal payable = payable(grant, inst);
            out.add(new InstalmentStatus(i, inst, payable.signum() > 0 ? Due.DUE : Due.NOTHING_LEFT, payable, null));
        }
        return out;
    }

    /**
     * Requests the payment of one instalment on a budget line and year, for its amount (the balance: what is still due).
     * Refused before it is due, when nothing is left to pay, and a second time.
     */
    public Payment request(UUID grantId, int position, String budgetLine, int year) {
        if (!CurrentUser.hasAnyRole(Role.FINANCE_OFFICER, Role.PROGRAMME_OFFICER, Role.ADMIN)) {
            throw new AccessDeniedException("officers only");
        }
        Grant grant = grants.findById(grantId).orElseThrow(() -> new NotFoundException("grant", grantId));
        if (position < 0 || position >= grant.instalments().size()) {
            throw new NotFoundException("instalment", grant.getReference() + "/" + position);
        }
        InstalmentStatus status = statuses(grant).get(position);
        Grant.Instalment inst = status.instalment();
        switch (status.due()) {
            case REQUESTED -> throw new DomainException("grants.instalment.alreadyRequested");
            case NOTHING_LEFT -> throw new DomainException("grants.instalment.nothingLeft");
            case NOT_DUE -> throw inst.reportNo() == null
                    ? new DomainException("grants.instalment.notDueUnsigned")
                    : new DomainException("grants.instalment.notDueReport", inst.reportNo());
            case DUE -> { }
        }
        String purpose = switch (inst.kind()) {
            case ADVANCE -> "Avance / Voorschot %s %% — %s".formatted(inst.percent().stripTrailingZeros().toPlainString(), grant.getReference());
            case INSTALMENT -> "Tranche / Schijf %d — %s".formatted(inst.reportNo(), grant.getReference());
            case BALANCE -> "Solde / Saldo — %s".formatted(grant.getReference());
        };
        Payment payment = ledger.requestPayment(grantId, budgetLine, year, status.payable(), purpose);
        payments.flush();
        try {
            jdbc.update("insert into grants_instalment_request (grant_id, position, payment_id, requested_at, requested_by) values (?, ?, ?, ?, ?)",
                    grantId, position, payment.getId(), java.sql.Timestamp.from(clock.instant()),
                    CurrentUser.get().map(RegiaAccount::email).orElse("system"));
        } catch (DuplicateKeyException e) {
            throw new DomainException("grants.instalment.alreadyRequested");
        }
        return payment;
    }

    private boolean conditionMet(Grant grant, Grant.Instalment inst) {
        if (inst.reportNo() == null) {
            return grant.getAgreementState() == Grant.AgreementState.SIGNED;
        }
        return approved(grant.getId(), inst.reportNo()) != null;
    }

    private GrantReport approved(UUID grantId, int number) {
        return reports.findByGrantIdAndReportNoOrderBySubmissionNoAsc(grantId, number).stream()
                .filter(r -> r.state() == GrantReport.State.APPROVED).findFirst().orElse(null);
    }

    /** The instalment's amount; for the balance at most the entitlement minus what was already requested or paid. */
    private BigDecimal payable(Grant grant, Grant.Instalment inst) {
        if (inst.kind() != Grant.InstalmentKind.BALANCE) {
            return inst.amount();
        }
        GrantReport fin = approved(grant.getId(), grant.reports().size());
        if (fin == null) {
            return inst.amount();
        }
        BigDecimal entitled = recoveries.entitlement(grant, fin.totalAccepted());
        BigDecimal already = payments.findByGrantIdOrderByYearAscBudgetLineAsc(grant.getId()).stream()
                .map(Payment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return inst.amount().min(entitled.subtract(already)).max(BigDecimal.ZERO.setScale(2));
    }
}

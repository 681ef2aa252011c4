package org.regia.grants;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.regia.identity.CurrentUser;
import org.regia.identity.RegiaAccount;
import org.regia.identity.Role;
import org.regia.shared.DomainException;
import org.regia.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The finance ledger. Invariants, for every budget line and year: commitments never exceed the credit unless an
 * override with its reason is recorded; nothing is de-committed below what was paid; payments never exceed what is
 * committed to the grant on that line and year, and never go to a closed grant; a payment is posted once, however
 * often posting is retried (also concurrently). Changes to one line and year are serialised with an advisory lock.
 */
@Service
@Transactional
public class FinanceLedger {

    private final JpaRepository<Grant, UUID> grants;
    private final PaymentRepository payments;
    private final LedgerRepository ledger;
    private final GrantPartnerRepository partners;
    private final EntityManager em;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FinanceLedger(GrantRepository grants, PaymentRepository payments, LedgerRepository ledger,
                  GrantPartnerRepository partners, EntityManager em, JdbcTemplate jdbc,
                  ApplicationEventPublisher events, Clock clock) {
        this.partners = partners;
        this.grants = grants;
        this.payments = payments;
        this.ledger = ledger;
        this.em = em;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public void addCredit(String budgetLine, int year, BigDecimal amount) {
        requireFinance();
        String line = BudgetLines.normalise(budgetLine);
        positive(amount);
        ledger.save(entry(LedgerEntry.Kind.CREDIT, line, year, null, amount, null));
    }

    /** A grant outside a call (decided elsewhere), awarded now to one organisation; announced with GrantAwarded. */
    public Grant createGrant(String reference, UUID organisationId, String title, BigDecimal awarded, LocalDate start, LocalDate end) {
        requireFinance();
        Grant grant = new Grant(reference, organisationId, title, awarded, start, end);
        grant.origin(null, null, null, null, clock.instant());
        grants.save(grant);
        partners.save(new GrantPartner(grant.getId(), organisationId, true, awarded, 0));
        events.publishEvent(grant.awarded());
        return grant;
    }

    public void closeGrant(UUID grantId) {
        requireFinance();
        grant(grantId).close();
    }

    /** Commits an amount to a grant; above the credit only with an override reason, which is recorded. */
    public void commit(UUID grantId, String budgetLine, int year, BigDecimal amount, String overrideReason) {
        requireFinance();
        Grant grant = openGrant(grantId);
        String line = BudgetLines.normalise(budgetLine);
        positive(amount);
        lock(line, year);
        Figures f = figures(line, year);
        BigDecimal after = f.committed().add(amount);
        boolean override = overrideReason != null && !overrideReason.isBlank();
        if (after.compareTo(f.credit()) > 0 && !override) {
            throw DomainException.onField("amount", "grants.commit.aboveCredit", amount.toPlainString(), line, year,
                    f.credit().toPlainString(), f.committed().toPlainString());
        }
        BigDecimal committedToGrant = sum(LedgerEntry.Kind.COMMITMENT, line, year, grantId).subtract(sum(LedgerEntry.Kind.DECOMMITMENT, line, year, grantId));
        if (committedToGrant.add(amount).compareTo(grant.getAwarded()) > 0) {
            throw DomainException.onField("amount", "grants.commit.aboveAwarded", grant.getAwarded().toPlainString());
        }
        ledger.save(entry(LedgerEntry.Kind.COMMITMENT, line, year, grantId, amount,
                after.compareTo(f.credit()) > 0 ? overrideReason.trim() : null));
        events.publishEvent(new FinanceEvents.CommitmentRecorded(grantId, line, year, amount));
    }

    public void decommit(UUID grantId, String budgetLine, int year, BigDecimal amount) {
        requireFinance();
        grant(grantId);
        String line = BudgetLines.normalise(budgetLine);
        positive(amount);
        lock(line, year);
        BigDecimal open = committedTo(grantId, line, year).subtract(sum(LedgerEntry.Kind.PAYMENT, line, year, grantId));
        if (amount.compareTo(open) > 0) {
            throw DomainException.onField("amount", "grants.decommit.belowPaid", amount.toPlainString(), open.toPlainString());
        }
        ledger.save(entry(LedgerEntry.Kind.DECOMMITMENT, line, year, grantId, amount, null));
        events.publishEvent(new FinanceEvents.CommitmentRecorded(grantId, line, year, amount.negate()));
    }

    /** A programme or financial officer requests a payment (advance, instalment, balance); it waits for approval. */
    public Payment requestPayment(UUID grantId, String budgetLine, int year, BigDecimal amount, String purpose) {
        if (!CurrentUser.hasAnyRole(Role.FINANCE_OFFICER, Role.PROGRAMME_OFFICER, Role.ADMIN)) {
            throw new AccessDeniedException("officers only");
        }
        openGrant(grantId);
        return payments.save(new Payment(grantId, BudgetLines.normalise(budgetLine), year, amount, purpose));
    }

    public Payment approve(UUID paymentId) {
        requireFinance();
        Payment p = payments.findById(paymentId).orElseThrow(() -> new NotFoundException("payment", paymentId));
        checkCovered(p);
        p.approve(who());
        return p;
    }

    /** Posts an approved payment. Idempotent: a payment already posted is returned as it is, never paid twice. */
    public Payment post(UUID paymentId) {
        requireFinance();
        Payment p = em.find(Payment.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw new NotFoundException("payment", paymentId);
        }
        if (p.getState() == Payment.State.POSTED) {
            return p;
        }
        if (p.getState() != Payment.State.APPROVED) {
            throw new DomainException("grants.payment.notApproved", p.getState().name());
        }
        lock(p.getBudgetLine(), p.getYear());
        checkCovered(p);
        LedgerEntry e = ledger.save(entry(LedgerEntry.Kind.PAYMENT, p.getBudgetLine(), p.getYear(), p.getGrantId(), p.getAmount(), null));
        p.posted(e.getId(), clock.instant());
        events.publishEvent(new FinanceEvents.PaymentPosted(p.getId(), p.getGrantId(), p.getBudgetLine(), p.getYear(), p.getAmount()));
        return p;
    }

    private void checkCovered(Payment p) {
        Grant grant = grant(p.getGrantId());
        if (!grant.isOpen()) {
            throw new DomainException("grants.grant.closed", grant.getReference());
        }
        BigDecimal committed = committedTo(p.getGrantId(), p.getBudgetLine(), p.getYear());
        BigDecimal paid = sum(LedgerEntry.Kind.PAYMENT, p.getBudgetLine(), p.getYear(), p.getGrantId());
        if (paid.add(p.getAmount()).compareTo(committed) > 0) {
            throw DomainException.onField("amount", "grants.payment.aboveCommitted", p.getAmount().toPlainString(),
                    committed.toPlainString(), paid.toPlainString());
        }
    }

    /** Payments waiting for a financial officer: requested (to approve) and approved (to post), oldest first. */
    @Transactional(readOnly = true)
    public List<Payment> queue() {
        requireFinance();
        return em.createQuery("select p from Payment p where p.state <> :posted order by p.state desc, p.id", Payment.class)
                .setParameter("posted", Payment.State.POSTED).getResultList();
    }

    /** Posted payments in a period as payment orders for the accounting system (see {@link AccountingPort}). */
    @Transactional(readOnly = true)
    public List<PaymentOrder> paymentOrders(java.time.Instant from, java.time.Instant to) {
        requireFinance();
        return jdbc.query("""
                select p.id, g.reference, o.legal_name, o.enterprise_number, p.budget_line, p.fiscal_year, p.amount,
                       p.purpose, p.posted_at
                from grants_payment p join grants_grant g on g.id = p.grant_id join organisation o on o.id = g.organisation_id
                where p.state = 'POSTED' and p.posted_at >= ? and p.posted_at < ? order by p.posted_at, p.id
                """, (rs, i) -> new PaymentOrder(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getString(4) == null ? null : org.regia.shared.EnterpriseNumber.parse(rs.getString(4)).orgId(),
                rs.getString(5), rs.getInt(6), rs.getBigDecimal(7), rs.getString(8), rs.getTimestamp(9).toInstant()),
                java.sql.Timestamp.from(from), java.sql.Timestamp.from(to));
    }

    /**
     * Credit, committed, liquidated (paid) and their ratio for one budget line and year, from the running totals the
     * database keeps on every ledger insert (V24: {@code grants_line_totals}).
     */
    @Transactional(readOnly = true)
    public Figures figures(String budgetLine, int year) {
        String line = BudgetLines.normalise(budgetLine);
        em.flush();
        return jdbc.query("select credit, committed, liquidated from grants_line_totals where budget_line = ? and fiscal_year = ?",
                (rs, i) -> new Figures(line, year, rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3)), line, year)
                .stream().findFirst().orElse(new Figures(line, year, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    /** The same figures for every budget line and year (the finance dashboard's table), latest year first. */
    @Transactional(readOnly = true)
    public List<Figures> allFigures() {
        return jdbc.query("""
                select budget_line, fiscal_year, credit, committed, liquidated
                from grants_line_totals order by fiscal_year desc, budget_line
                """, (rs, i) -> new Figures(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5)));
    }

    public record Figures(String budgetLine, int year, BigDecimal credit, BigDecimal committed, BigDecimal liquidated) {
        /** Liquidated versus committed in percent, the KPI of the policy letters; null when nothing is committed. */
        public BigDecimal liquidatedRatio() {
            return committed.signum() == 0 ? null
                    : liquidated.multiply(BigDecimal.valueOf(100)).divide(committed, 2, java.math.RoundingMode.HALF_UP);
        }

        public BigDecimal outstanding() {
            return committed.subtract(liquidated);
        }
    }

    private BigDecimal committedTo(UUID grantId, String line, int year) {
        return sum(LedgerEntry.Kind.COMMITMENT, line, year, grantId).subtract(sum(LedgerEntry.Kind.DECOMMITMENT, line, year, grantId));
    }

    private BigDecimal sum(LedgerEntry.Kind kind, String line, int year, UUID grantId) {
        em.flush();
        return jdbc.queryForObject("select coalesce(sum(amount), 0) from grants_ledger where kind = ? and budget_line = ? and fiscal_year = ? and grant_id = ?",
                BigDecimal.class, kind.name(), line, year, grantId);
    }

    private void lock(String line, int year) {
        jdbc.queryForObject("select count(*) from (select pg_advisory_xact_lock(hashtext(?))) l", Long.class, "ledger:" + line + ":" + year);
    }

    private LedgerEntry entry(LedgerEntry.Kind kind, String line, int year, UUID grantId, BigDecimal amount, String override) {
        return new LedgerEntry(kind, line, year, grantId, amount, clock.instant(), who(), override);
    }

    private Grant grant(UUID id) {
        return grants.findById(id).orElseThrow(() -> new NotFoundException("grant", id));
    }

    private Grant openGrant(UUID id) {
        Grant g = grant(id);
        if (!g.isOpen()) {
            throw new DomainException("grants.grant.closed", g.getReference());
        }
        return g;
    }

    private static void positive(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw DomainException.onField("amount", "grants.amount.positive");
        }
    }

    /** A grant's payments (requested, approved, posted). */
    @Transactional(readOnly = true)
    public List<Payment> paymentsOf(UUID grantId) {
        requireStaff();
        return payments.findByGrantIdOrderByYearAscBudgetLineAsc(grantId);
    }

    /** The payments waiting for the financial officer: requested (to approve) and approved (to post). */
    @Transactional(readOnly = true)
    public List<Payment> paymentQueue() {
        requireFinance();
        return payments.findByStateInOrderByYearAscBudgetLineAsc(List.of(Payment.State.REQUESTED, Payment.State.APPROVED));
    }

    /** A grant's commitments, de-commitments and payments on the ledger, oldest first. */
    @Transactional(readOnly = true)
    public List<LedgerEntry> entriesOf(UUID grantId) {
        requireStaff();
        return ledger.findByGrantIdOrderByRecordedAtAsc(grantId);
    }

    private static void requireStaff() {
        if (!CurrentUser.hasAnyRole(Role.FINANCE_OFFICER, Role.PROGRAMME_OFFICER, Role.COMMITTEE, Role.CONTROL_OFFICER, Role.ADMIN)) {
            throw new AccessDeniedException("grants staff only");
        }
    }

    private static void requireFinance() {
        if (!CurrentUser.hasAnyRole(Role.FINANCE_OFFICER, Role.ADMIN)) {
            throw new AccessDeniedException("financial officers only");
        }
    }

    private static String who() {
        return CurrentUser.get().map(RegiaAccount::email).orElse("system");
    }
}

interface GrantRepository extends JpaRepository<Grant, UUID> {
    java.util.Optional<Grant> findByDecisionId(UUID decisionId);

    @org.springframework.data.jpa.repository.Query("select g from Grant g order by g.start desc, g.reference")
    List<Grant> listed();
}

interface GrantPartnerRepository extends JpaRepository<GrantPartner, UUID> {
    List<GrantPartner> findByGrantIdOrderByPosition(UUID grantId);

    List<GrantPartner> findByOrganisationIdIn(java.util.Collection<UUID> organisationIds);
}

interface PaymentRepository extends JpaRepository<Payment, UUID> {
    List<Payment> findByGrantIdOrderByYearAscBudgetLineAsc(UUID grantId);

    List<Payment> findByStateInOrderByYearAscBudgetLineAsc(java.util.Collection<Payment.State> states);
}

interface LedgerRepository extends JpaRepository<LedgerEntry, UUID> {
    List<LedgerEntry> findByGrantIdOrderByRecordedAtAsc(UUID grantId);
}

package org.regia.grants;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.regia.evaluation.FundingDecided;
import org.regia.identity.CurrentUser;
import org.regia.identity.Role;
import org.regia.shared.ClockConfiguration;
import org.regia.shared.DomainException;
import org.regia.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants from funding decisions: a final decision to fund an application becomes a grant to its coordinator with the
 * partners' shares, a reference {@code RG-<year>-<number>}, the planned dates, the draft agreement (amounts per partner
 * and year, payment and reporting schedules — see {@link AgreementTerms}; signed through {@link AgreementService}),
 * and the {@link GrantAwarded} event
 * (impact schedules its surveys, open data publishes it). A decision is turned into a grant once, however often the
 * event is delivered.
 */
@Service
@Transactional
public class GrantService {

    static final Role[] STAFF = {Role.FINANCE_OFFICER, Role.PROGRAMME_OFFICER, Role.COMMITTEE, Role.CONTROL_OFFICER, Role.ADMIN};
    /** Without planned dates, a project starts on the first day of the month after the decision and runs two years. */
    static final int DEFAULT_DURATION_MONTHS = 24;

    private final GrantRepository grants;
    private final GrantPartnerRepository partners;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AgreementTerms terms;

    GrantService(GrantRepository grants, GrantPartnerRepository partners, JdbcTemplate jdbc,
                 ApplicationEventPublisher events, Clock clock,
                 @Value("${regia.grants.advance-percent:30}") BigDecimal advancePercent,
                 @Value("${regia.grants.balance-percent:20}") BigDecimal balancePercent,
                 @Value("${regia.grants.report-interval-months:12}") int reportIntervalMonths,
                 @Value("${regia.grants.final-report-months:3}") int finalReportMonths) {
        this.grants = grants;
        this.partners = partners;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.terms = new AgreementTerms(advancePercent, balancePercent, reportIntervalMonths, finalReportMonths);
    }

    /**
     * The grant of a funding decision, created if it does not exist yet. Refuses a decision that funds nothing (no
     * award, or no coordinator among the awards).
     */
    public Grant fromDecision(FundingDecided d) {
        Optional<Grant> existing = grants.findByDecisionId(d.decisionId());
        if (existing.isPresent()) {
            return existing.get();
        }
        if (!d.funded() || d.awards().isEmpty() || d.totalAwarded().signum() <= 0) {
            throw new DomainException("grants.decision.nothingAwarded", d.receiptNumber());
        }
        FundingDecided.PartnerAward coordinator = d.awards().stream().filter(FundingDecided.PartnerAward::coordinator)
                .findFirst().orElseThrow(() -> new DomainException("grants.decision.noCoordinator", d.receiptNumber()));
        LocalDate decided = LocalDate.ofInstant(d.decidedAt(), ClockConfiguration.BRUSSELS);
        LocalDate start = d.plannedStart() != null ? d.plannedStart() : decided.plusMonths(1).withDayOfMonth(1);
        LocalDate end = d.plannedEnd() != null ? d.plannedEnd() : start.plusMonths(DEFAULT_DURATION_MONTHS).minusDays(1);
        Grant grant = new Grant(nextReference(decided.getYear()), coordinator.organisationId(), d.title(),
                d.totalAwarded(), start, end);
        grant.origin(d.decisionId(), d.applicationId(), d.callId(), d.programmeId(), clock.instant());
        List<Grant.ReportDue> reports = terms.reports(start, end);
        grant.agreement(null, terms.allocations(d.awards(), start, end), terms.instalments(grant.getAwarded(), reports), reports);
        grants.saveAndFlush(grant);
        int position = 0;
        for (FundingDecided.PartnerAward a : d.awards()) {
            partners.save(new GrantPartner(grant.getId(), a.organisationId(), a.coordinator(), a.amount(), position++));
        }
        events.publishEvent(grant.awarded());
        return grant;
    }

    private String nextReference(int year) {
        long n = jdbc.queryForObject("select nextval('grants_reference_seq')", Long.class);
        return "RG-%d-%04d".formatted(year, n);
    }

    @Transactional(readOnly = true)
    public List<Grant> list() {
        requireStaff();
        return grants.listed();
    }

    @Transactional(readOnly = true)
    public Grant get(UUID id) {
        requireStaff();
        return grants.findById(id).orElseThrow(() -> new NotFoundException("grant", id));
    }

    @Transactional(readOnly = true)
    public List<GrantPartner> partners(UUID grantId) {
        requireStaff();
        return partners.findByGrantIdOrderByPosition(grantId);
    }

    /** Total awarded over the listed grants (for the list's footer). */
    public static BigDecimal total(List<Grant> list) {
        return list.stream().map(Grant::getAwarded).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether the current user works for the funder (sees every grant, its ledger and payments). */
    public static boolean isStaff() {
        return CurrentUser.hasAnyRole(STAFF);
    }

    private static void requireStaff() {
        if (!isStaff()) {
            throw new AccessDeniedException("grants staff only");
        }
    }
}

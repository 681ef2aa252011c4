package org.regia.grants;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.regia.applications.AcceptedBudget;
import org.regia.applications.CostCategory;
import org.regia.identity.CurrentUser;
import org.regia.identity.RegiaAccount;
import org.regia.identity.Role;
import org.regia.notifications.Mailer;
import org.regia.organisations.OrganisationService;
import org.regia.shared.DomainException;
import org.regia.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports due under a grant's agreement: the beneficiary (an applicant of the coordinating organisation) submits the
 * scientific part and the cost claim per category; a programme officer checks the scientific part, a financial officer
 * the claim (accepted amount per category, at most what is claimed). A rejected report goes back with the comments and
 * is submitted again (every submission kept). A daily run reminds the coordinator's contacts before and after the due
 * dates, once per reminder; officers see the overdue reports. The final report, once fully approved, settles what the
 * beneficiary is entitled to ({@link RecoveryService}).
 */
@Service
@Transactional
public class ReportService {

    private static final Logger log = LoggerFactory.getLogger(ReportService.class);

    /** Where a report of the schedule stands: nothing submitted yet, being checked, returned, approved. */
    public enum Status { DUE, SUBMITTED, REJECTED, APPROVED }

    /** One report of the schedule with its latest submission and, when overdue, the days late. */
    public record ReportStatus(UUID grantId, String grantReference, int number, Grant.ReportKind kind, LocalDate due,
                               Status status, GrantReport latest, long daysLate) {
        public boolean overdue() {
            return daysLate > 0;
        }

        /** The beneficiary may submit (first time or again after a rejection). */
        public boolean open() {
            return status == Status.DUE || status == Status.REJECTED;
        }
    }

    /** A report with every submission (oldest first) and the accepted budget per category, if the application had one. */
    public record ReportView(Grant grant, ReportStatus status, List<GrantReport> submissions,
                             Map<GrantReport.Category, BigDecimal> budget, boolean canSubmit, boolean canCheckScientific,
                             boolean canCheckFinancial) {
    }

    /** Everything the grant page shows about the follow-up: reports, the payment schedule's state, the recovery. */
    public record FollowUp(List<ReportStatus> reports, List<ScheduledPayments.InstalmentStatus> instalments,
                           Recovery recovery) {
    }

    public record ReminderRun(int sent, int recipients) {
    }

    private final AgreementService agreements;
    private final GrantRepository grants;
    private final GrantReportRepository reports;
    private final OrganisationService organisations;
    private final AcceptedBudget budgets;
    private final RecoveryService recoveries;
    private final ScheduledPayments schedule;
    private final Mailer mailer;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final List<Integer> before;
    private final List<Integer> after;
    private final String baseUrl;

    ReportService(AgreementService agreements, GrantRepository grants, GrantReportRepository reports,
                  OrganisationService organisations, AcceptedBudget budgets, RecoveryService recoveries,
                  ScheduledPayments schedule, Mailer mailer, JdbcTemplate jdbc, Clock clock,
                  @Value("${regia.grants.report-reminders-before:14}") String before,
                  @Value("${regia.grants.report-reminders-after:7,30}") String after,
                  @Value("${regia.base-url:http://localhost:8080}") String baseUrl) {
        this.agreements = agreements;
        this.grants = grants;
        this.reports = reports;
        this.organisations = organisations;
        this.budgets = budgets;
        this.recoveries = recoveries;
        this.schedule = schedule;
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.clock = clock;
        this.before = days(before);
        this.after = days(after);
        this.baseUrl = baseUrl;
    }

    private static List<Integer> days(String list) {
        return list == null || list.isBlank() ? List.of()
                : Arrays.stream(list.split(",")).map(String::trim).map(Integer::parseInt).map(Math::abs).sorted().toList();
    }

    // ---- reading ----

    /** The reports of a grant's schedule with their state, for staff or a party to the grant. */
    @Transactional(readOnly = true)
    public List<ReportStatus> statuses(UUID grantId) {
        return statuses(agreements.view(grantId), LocalDate.now(clock));
    }

    private List<ReportStatus> statuses(Grant grant, LocalDate today) {
        Map<Integer, GrantReport> latest = new java.util.HashMap<>();
        reports.findByGrantIdOrderByReportNoAscSubmissionNoAsc(grant.getId()).forEach(r -> latest.put(r.getReportNo(), r));
        List<ReportStatus> out = new ArrayList<>();
        for (int i = 0; i < grant.reports().size(); i++) {
            out.add(status(grant, i + 1, latest.get(i + 1), today));
        }
        return out;
    }

    private static ReportStatus status(Grant grant, int number, GrantReport latest, LocalDate today) {
        Grant.ReportDue due = grant.reports().get(number - 1);
        Status status = latest == null ? Status.DUE : Status.valueOf(latest.state().name());
        long late = (status == Status.DUE || status == Status.REJECTED) && today.isAfter(due.dueDate())
                ? ChronoUnit.DAYS.between(due.dueDate(), today) : 0;
        return new ReportStatus(grant.getId(), grant.getReference(), number, due.kind(), due.dueDate(), status, latest, late);
    }

    /** The grant page's follow-up section (reports, payments of the schedule, recovery), for staff or a party. */
    @Transactional(readOnly = true)
    public FollowUp followUp(UUID grantId) {
        Grant grant = agreements.view(grantId);
        List<ReportStatus> list = statuses(grant, LocalDate.now(clock));
        return new FollowUp(list, GrantService.isStaff() ? schedule.statuses(grant) : List.of(),
                recoveries.ofGrant(grantId).orElse(null));
    }

    /** One report with all its submissions, for staff or a party to the grant. */
    @Transactional(readOnly = true)
    public ReportView report(UUID grantId, int number) {
        Grant grant = agreements.view(grantId);
        requireNumber(grant, number);
        List<GrantReport> all = reports.findByGrantIdAndReportNoOrderBySubmissionNoAsc(grantId, number);
        ReportStatus status = status(grant, number, all.isEmpty() ? null : all.get(all.size() - 1), LocalDate.now(clock));
        GrantReport latest = status.latest();
        boolean pending = status.status() == Status.SUBMITTED;
        return new ReportView(grant, status, all, budget(grant).orElse(null),
                status.open() && grant.isOpen() && isBeneficiary(grant),
                pending && latest.getScientificState() == GrantReport.Check.PENDING
                        && CurrentUser.hasAnyRole(Role.PROGRAMME_OFFICER, Role.ADMIN),
                pending && latest.getFinancialState() == GrantReport.Check.PENDING
                        && CurrentUser.hasAnyRole(Role.FINANCE_OFFICER, Role.ADMIN));
    }

    /** A grant's reference (for lists). */
    @Transactional(readOnly = true)
    public String reference(UUID grantId) {
        return grants.findById(grantId).map(Grant::getReference).orElse("?");
    }

    /** The accepted budget per claim category (overheads included) of the grant's application, if it had one. */
    Optional<Map<GrantReport.Category, BigDecimal>> budget(Grant grant) {
        return budgets.of(grant.getApplicationId()).map(t -> {
            Map<GrantReport.Category, BigDecimal> m = new EnumMap<>(GrantReport.Category.class);
            for (CostCategory c : CostCategory.values()) {
                m.put(GrantReport.Category.valueOf(c.name()), t.direct().get(c));
            }
            m.put(GrantReport.Category.OVERHEADS, t.overheads());
            return m;
        });
    }

    /** Reports due and not submitted (or returned and not submitted again) after their due date, most late first. */
    @Transactional(readOnly = true)
    public List<ReportStatus> overdue() {
        if (!CurrentUser.hasAnyRole(Role.PROGRAMME_OFFICER, Role.FINANCE_OFFICER, Role.CONTROL_OFFICER, Role.ADMIN)) {
            throw new AccessDeniedException("officers only");
        }
        LocalDate today = LocalDate.now(clock);
        List<ReportStatus> out = new ArrayList<>();
        for (UUID grantId : jdbc.queryForList("""
                select distinct d.grant_id from grants_report_due d join grants_grant g on g.id = d.grant_id
                where g.status = 'OPEN' and d.due_date < ?""", UUID.class, today)) {
            Grant grant = grants.findById(grantId).orElseThrow();
            statuses(grant, today).stream().filter(ReportStatus::overdue).forEach(out::add);
        }
        out.sort(java.util.Comparator.comparingLong(ReportStatus::daysLate).reversed()
                .thenComparing(ReportStatus::grantReference));
        return out;
    }

    // ---- submitting and checking ----

    /**
     * The beneficiary submits report {@code number}: the scientific text and the claimed costs per category. Only an
     * applicant of the grant's coordinating organisation; a first submission or a new one after a rejection.
     */
    public GrantReport submit(UUID grantId, int number, String scientificText, Map<GrantReport.Category, BigDecimal> claimed) {
        Grant grant = grants.findById(grantId).orElseThrow(() -> new NotFoundException("grant", grantId));
        if (!isBeneficiary(grant)) {
            throw new AccessDeniedException("only the coordinating organisation reports on this grant");
        }
        requireNumber(grant, number);
        if (!grant.isOpen()) {
            throw new DomainException("grants.grant.closed", grant.getReference());
        }
        List<GrantReport> all = reports.findByGrantIdAndReportNoOrderBySubmissionNoAsc(grantId, number);
        GrantReport latest = all.isEmpty() ? null : all.get(all.size() - 1);
        if (latest != null && latest.state() != GrantReport.State.REJECTED) {
            throw new DomainException("grants.report.notReturned", number);
        }
        GrantReport report = new GrantReport(grantId, number, grant.reports().get(number - 1).kind(),
                all.size() + 1, clock.instant(), who(), scientificText, claimed);
        return reports.saveAndFlush(report);
    }

    /** The programme officer approves or rejects (with a comment) the scientific part of the latest submission. */
    public GrantReport checkScientific(UUID grantId, int number, boolean approve, String comment) {
        if (!CurrentUser.hasAnyRole(Role.PROGRAMME_OFFICER, Role.ADMIN)) {
            throw new AccessDeniedException("programme officers only");
        }
        GrantReport r = latest(grantId, number);
        r.reviewScientific(approve, comment, who(), clock.instant());
        completed(r);
        return r;
    }

    /**
     * The financial officer approves the cost claim of the latest submission with the accepted amount per category
     * (at most the claimed amount), or rejects it with a comment.
     */
    public GrantReport checkFinancial(UUID grantId, int number, boolean approve, Map<GrantReport.Category, BigDecimal> accepted,
                                      String comment) {
        if (!CurrentUser.hasAnyRole(Role.FINANCE_OFFICER, Role.ADMIN)) {
            throw new AccessDeniedException("financial officers only");
        }
        GrantReport r = latest(grantId, number);
        r.reviewFinancial(approve, accepted, comment, who(), clock.instant());
        completed(r);
        return r;
    }

    /** A fully approved final report settles the entitlement: a debit note if more was paid than is due. */
    private void completed(GrantReport r) {
        reports.flush();
        if (r.getKind() == Grant.ReportKind.FINAL && r.state() == GrantReport.State.APPROVED) {
            recoveries.assess(grants.findById(r.getGrantId()).orElseThrow(), r);
        }
    }

    private GrantReport latest(UUID grantId, int number) {
        List<GrantReport> all = reports.findByGrantIdAndReportNoOrderBySubmissionNoAsc(grantId, number);
        if (all.isEmpty()) {
            throw new DomainException("grants.report.nothingSubmitted", number);
        }
        return all.get(all.size() - 1);
    }

    private static void requireNumber(Grant grant, int number) {
        if (number < 1 || number > grant.reports().size()) {
            throw new NotFoundException("report", grant.getReference() + "/" + number);
        }
    }

    /** An applicant acting for the grant's coordinating organisation. */
    private boolean isBeneficiary(Grant grant) {
        return CurrentUser.hasRole(Role.APPLICANT) && CurrentUser.get().isPresent()
                && organisations.memberOf(CurrentUser.id()).contains(grant.getOrganisationId());
    }

    private static String who() {
        return CurrentUser.get().map(RegiaAccount::email).orElse("system");
    }

    // ---- reminders ----

    /** The daily reminder run as of today (see {@link #remind(Clock)}). */
    public ReminderRun remind() {
        return remind(clock);
    }

    /**
     * Reminds the coordinator's contacts of reports not submitted (or returned): {@code before} days before the due date
     * and {@code after} days after it. For each report only the latest reminder whose day has come is sent, and each
     * one once (recorded; a rerun, even concurrent, sends nothing twice). A run that missed days catches up with one
     * message, not several.
     */
    ReminderRun remind(Clock at) {
        LocalDate today = LocalDate.now(at);
        List<Integer> offsets = new ArrayList<>();
        before.forEach(d -> offsets.add(-d));
        offsets.addAll(after);
        offsets.sort(null);
        if (offsets.isEmpty()) {
            return new ReminderRun(0, 0);
        }
        int first = offsets.get(0);
        int sent = 0;
        int recipients = 0;
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select d.grant_id, d.position from grants_report_due d join grants_grant g on g.id = d.grant_id
                where g.status = 'OPEN' and d.due_date <= ? order by d.due_date, g.reference""", today.minusDays(first));
        for (Map<String, Object> row : rows) {
            UUID grantId = (UUID) row.get("grant_id");
            int number = ((Number) row.get("position")).intValue() + 1;
            Grant grant = grants.findById(grantId).orElseThrow();
            List<GrantReport> all = reports.findByGrantIdAndReportNoOrderBySubmissionNoAsc(grantId, number);
            ReportStatus status = status(grant, number, all.isEmpty() ? null : all.get(all.size() - 1), today);
            if (!status.open()) {
                continue;
            }
            long since = ChronoUnit.DAYS.between(status.due(), today);
            Integer offset = null;
            for (int o : offsets) {
                if (o <= since && (o >= 0 || since < 0)) {
                    offset = o;
                }
            }
            if (offset == null) {
                continue;
            }
            Integer alreadyLater = jdbc.queryForObject("""
                    select count(*) from grants_report_reminder where grant_id = ? and report_no = ? and offset_days >= ?""",
                    Integer.class, grantId, number, offset);
            if (alreadyLater != null && alreadyLater > 0) {
                continue;
            }
            List<String> to = organisations.contactEmails(grant.getOrganisationId());
            int inserted = jdbc.update("""
                    insert into grants_report_reminder (grant_id, report_no, offset_days, sent_on, recipients)
                    values (?, ?, ?, ?, ?) on conflict do nothing""", grantId, number, offset, today, to.size());
            if (inserted == 0) {
                continue;
            }
            if (to.isEmpty()) {
                log.warn("Grant {} report {}: the coordinating organisation has no contact to remind", grant.getReference(), number);
            }
            String subject = mailSubject(grant, status, offset);
            String body = mailBody(grant, status, offset);
            to.forEach(email -> mailer.send(email, subject, body));
            sent++;
            recipients += to.size();
        }
        if (sent > 0) {
            log.info("Grant report reminders: {} sent to {} recipients", sent, recipients);
        }
        return new ReminderRun(sent, recipients);
    }

    private static String mailSubject(Grant grant, ReportStatus s, int offset) {
        String fr = s.kind() == Grant.ReportKind.FINAL ? "rapport final" : "rapport intermédiaire " + s.number();
        String nl = s.kind() == Grant.ReportKind.FINAL ? "eindrapport" : "tussentijds rapport " + s.number();
        String what = offset < 0 ? "rappel / herinnering" : "en retard / te laat";
        return "Regia — %s: %s / %s — %s".formatted(what, fr, nl, grant.getReference());
    }

    private String mailBody(Grant grant, ReportStatus s, int offset) {
        String link = baseUrl + "/grants/" + grant.getId() + "/reports/" + s.number();
        String due = s.due().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        if (offset < 0) {
            return """
                    Bonjour,

                    Le rapport n° %d du projet « %s » (%s) est à remettre pour le %s : partie scientifique et \
                    déclaration de coûts par catégorie.

                    Goedendag,

                    Rapport nr. %d van het project ‘%s’ (%s) moet uiterlijk op %s ingediend worden: wetenschappelijk \
                    deel en kostenstaat per categorie.

                    %s
                    """.formatted(s.number(), grant.getTitle(), grant.getReference(), due,
                    s.number(), grant.getTitle(), grant.getReference(), due, link);
        }
        return """
                Bonjour,

                Le rapport n° %d du projet « %s » (%s) était attendu pour le %s et ne nous est pas parvenu \
                (%d jours de retard). Les paiements liés à ce rapport attendent sa remise.

                Goedendag,

                Rapport nr. %d van het project ‘%s’ (%s) werd verwacht op %s en is nog niet ontvangen \
                (%d dagen te laat). De betalingen die aan dit rapport gekoppeld zijn, wachten erop.

                %s
                """.formatted(s.number(), grant.getTitle(), grant.getReference(), due, s.daysLate(),
                s.number(), grant.getTitle(), grant.getReference(), due, s.daysLate(), link);
    }
}

interface GrantReportRepository extends JpaRepository<GrantReport, UUID> {
    List<GrantReport> findByGrantIdOrderByReportNoAscSubmissionNoAsc(UUID grantId);

    List<GrantReport> findByGrantIdAndReportNoOrderBySubmissionNoAsc(UUID grantId, int reportNo);
}

interface RecoveryRepository extends JpaRepository<Recovery, UUID> {
    Optional<Recovery> findByGrantId(UUID grantId);

    List<Recovery> findAllByOrderByIssuedOnDescReferenceDesc();
}

interface RepaymentRepository extends JpaRepository<Repayment, UUID> {
    List<Repayment> findByRecoveryIdOrderByPaidOnAscRecordedAtAsc(UUID recoveryId);
}

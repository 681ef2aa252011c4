package org.regia.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regia.shared.ClockConfiguration.BRUSSELS;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regia.evaluation.FundingDecided;
import org.regia.identity.Role;
import org.regia.organisations.AffiliationRole;
import org.regia.organisations.OrganisationDetails;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.shared.EnterpriseNumber;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 6: reminders of reports with a fixed Clock — 14 days before the due date, 7 and 30 days after (the defaults
 * regia.grants.report-reminders-before/-after), each once however often the daily run is repeated; a run that missed
 * days sends one message, not several; submitted reports are not reminded.
 */
class ReportRemindersTest extends IntegrationTest {

    @Autowired
    GrantService grants;
    @Autowired
    ReportService reports;
    @Autowired
    OrganisationService organisations;

    UUID firm;

    @BeforeEach
    void setUp() {
        createUser("admin@example.org", Role.ADMIN);
        createUser("ann@example.org", Role.APPLICANT);
        actAs("admin@example.org");
        firm = organisations.create(new OrganisationDetails("Zinneke Software BV", null, OrganisationType.COMPANY,
                EnterpriseNumber.fromPrefix("07112233").digits(), "Rue 1", "1000", null, "BE", null, null)).getId();
        organisations.affiliateUser(accounts.byEmail("ann@example.org").orElseThrow().getId(), "Ann", "ann@example.org",
                firm, AffiliationRole.LEGAL_REPRESENTATIVE);
    }

    /** 1/7/2026–30/6/2028: progress report due 1/7/2027, final report due 30/9/2028. */
    Grant grant() {
        return grants.fromDecision(new FundingDecided(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "APP-2026-0007", "Canal logistics twin", true, Instant.parse("2026-05-12T10:00:00Z"),
                LocalDate.of(2026, 7, 1), LocalDate.of(2028, 6, 30),
                List.of(new FundingDecided.PartnerAward(firm, true, new BigDecimal("200000.00")))));
    }

    static Clock on(String day) {
        return Clock.fixed(LocalDate.parse(day).atTime(6, 40).atZone(BRUSSELS).toInstant(), BRUSSELS);
    }

    long mailsTo(String email) {
        return jdbc().queryForObject("select count(*) from outbound_mail where recipient = ?", Long.class, email);
    }

    List<String> subjects() {
        return jdbc().queryForList("select subject from outbound_mail where recipient = 'ann@example.org' order by created_at", String.class);
    }

    @Test
    void remindersBeforeAndAfterTheDueDateAreSentOnceEach() {
        Grant g = grant();
        assertThat(reports.remind(on("2027-06-16"))).isEqualTo(new ReportService.ReminderRun(0, 0));
        assertThat(reports.remind(on("2027-06-17"))).as("14 days before 1/7/2027").isEqualTo(new ReportService.ReminderRun(1, 1));
        assertThat(reports.remind(on("2027-06-17"))).as("rerun the same day").isEqualTo(new ReportService.ReminderRun(0, 0));
        assertThat(reports.remind(on("2027-06-30"))).isEqualTo(new ReportService.ReminderRun(0, 0));
        assertThat(reports.remind(on("2027-07-07"))).isEqualTo(new ReportService.ReminderRun(0, 0));
        assertThat(reports.remind(on("2027-07-08"))).as("7 days late").isEqualTo(new ReportService.ReminderRun(1, 1));
        assertThat(reports.remind(on("2027-07-08"))).isEqualTo(new ReportService.ReminderRun(0, 0));
        assertThat(reports.remind(on("2027-07-30"))).isEqualTo(new ReportService.ReminderRun(0, 0));
        assertThat(reports.remind(on("2027-07-31"))).as("30 days late").isEqualTo(new ReportService.ReminderRun(1, 1));
        assertThat(reports.remind(on("2027-09-30"))).as("no reminder after the last one").isEqualTo(new ReportService.ReminderRun(0, 0));
        assertThat(mailsTo("ann@example.org")).isEqualTo(3);
        assertThat(subjects()).allSatisfy(s -> assertThat(s).contains(g.getReference(), "rapport intermédiaire 1"));
        assertThat(subjects().get(0)).contains("rappel / herinnering");
        assertThat(subjects().get(2)).contains("en retard / te laat");
        assertThat(jdbc().queryForList("select offset_days from grants_report_reminder where grant_id = ? order by sent_on",
                Integer.class, g.getId())).containsExactly(-14, 7, 30);
        String body = jdbc().queryForObject("select body from outbound_mail where subject like '%retard%' order by created_at desc limit 1", String.class);
        assertThat(body).contains("30 jours de retard", "30 dagen te laat", "/grants/" + g.getId() + "/reports/1");
    }

    @Test
    void aMissedRunCatchesUpWithOneMessageAndSubmittedReportsAreNotReminded() {
        Grant g = grant();
        actAs("ann@example.org");
        reports.submit(g.getId(), 1, "Progress: data model delivered.", ReportFlowTest.amounts("1000", "0", "0", "0", "0"));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThat(reports.remind(on("2027-06-20"))).as("report 1 is submitted").isEqualTo(new ReportService.ReminderRun(0, 0));
        // final report due 30/9/2028; the first run after the due date is 45 days late: only the 30-day reminder
        assertThat(reports.remind(on("2028-11-14"))).isEqualTo(new ReportService.ReminderRun(1, 1));
        assertThat(reports.remind(on("2028-11-15"))).isEqualTo(new ReportService.ReminderRun(0, 0));
        assertThat(jdbc().queryForList("select report_no || ':' || offset_days from grants_report_reminder", String.class))
                .containsExactly("2:30");
        assertThat(subjects()).singleElement().satisfies(s -> assertThat(s).contains("rapport final / eindrapport"));
    }
}

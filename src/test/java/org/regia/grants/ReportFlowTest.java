package org.regia.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regia.evaluation.FundingDecided;
import org.regia.identity.Role;
import org.regia.organisations.AffiliationRole;
import org.regia.organisations.OrganisationDetails;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.shared.DomainException;
import org.regia.shared.EnterpriseNumber;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 6, reports: the beneficiary submits, the programme officer and the financial officer check, a rejected report
 * comes back and is submitted again (every submission kept); another organisation gets 403; bad amounts are field
 * errors with nothing saved; payments of the schedule only once due; the recovery after the final cost claim.
 */
class ReportFlowTest extends IntegrationTest {

    static final String LINE = "12.021.38.09.3132";

    @Autowired
    AgreementService agreements;
    @Autowired
    GrantService grants;
    @Autowired
    FinanceLedger ledger;
    @Autowired
    ReportService reports;
    @Autowired
    ScheduledPayments schedule;
    @Autowired
    RecoveryService recoveries;
    @Autowired
    OrganisationService organisations;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    UUID firm;
    UUID lab;
    UUID other;

    @BeforeEach
    void setUp() {
        createUser("finance@example.org", Role.FINANCE_OFFICER);
        createUser("officer@example.org", Role.PROGRAMME_OFFICER);
        createUser("admin@example.org", Role.ADMIN);
        createUser("ann@example.org", Role.APPLICANT);
        createUser("bob@example.org", Role.APPLICANT);
        actAs("admin@example.org");
        firm = organisations.create(new OrganisationDetails("Zinneke Software BV", null, OrganisationType.COMPANY,
                EnterpriseNumber.fromPrefix("07112233").digits(), "Rue 1", "1000", null, "BE", null, null)).getId();
        lab = organisations.create(new OrganisationDetails("Laboratoire Iris ASBL", null, OrganisationType.NON_PROFIT,
                EnterpriseNumber.fromPrefix("04445556").digits(), "Rue 2", "1050", null, "BE", null, null)).getId();
        other = organisations.create(new OrganisationDetails("Marolles Robotics SRL", null, OrganisationType.COMPANY,
                EnterpriseNumber.fromPrefix("07998877").digits(), "Rue 3", "1000", null, "BE", null, null)).getId();
        organisations.affiliateUser(accounts.byEmail("ann@example.org").orElseThrow().getId(), "Ann", "ann@example.org",
                firm, AffiliationRole.LEGAL_REPRESENTATIVE);
        organisations.affiliateUser(accounts.byEmail("bob@example.org").orElseThrow().getId(), "Bob", "bob@example.org",
                other, AffiliationRole.LEGAL_REPRESENTATIVE);
    }

    /** 1/7/2026–30/6/2028, 400 000 awarded: advance 120 000, instalment 200 000 after report 1, balance 80 000. */
    Grant grant(LocalDate start, LocalDate end) {
        return grants.fromDecision(new FundingDecided(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "APP-2026-0042", "Urban freight digital twin", true, Instant.parse("2026-05-12T10:00:00Z"),
                start, end, List.of(new FundingDecided.PartnerAward(firm, true, new BigDecimal("300000.00")),
                        new FundingDecided.PartnerAward(lab, false, new BigDecimal("100000.00")))));
    }

    Grant grant() {
        return grant(LocalDate.of(2026, 7, 1), LocalDate.of(2028, 6, 30));
    }

    static Map<GrantReport.Category, BigDecimal> amounts(String personnel, String subcontracting, String equipment,
                                                         String other, String overheads) {
        Map<GrantReport.Category, BigDecimal> m = new EnumMap<>(GrantReport.Category.class);
        m.put(GrantReport.Category.PERSONNEL, new BigDecimal(personnel));
        m.put(GrantReport.Category.SUBCONTRACTING, new BigDecimal(subcontracting));
        m.put(GrantReport.Category.EQUIPMENT, new BigDecimal(equipment));
        m.put(GrantReport.Category.OTHER_DIRECT, new BigDecimal(other));
        m.put(GrantReport.Category.OVERHEADS, new BigDecimal(overheads));
        return m;
    }

    static void rule(Runnable r, String key, String field) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    long submissions() {
        return jdbc().queryForObject("select count(*) from grants_report_submission", Long.class);
    }

    void sign(UUID grantId) {
        actAs("officer@example.org");
        agreements.sign(grantId, Grant.Signatory.INSTITUTE);
        actAs("admin@example.org");
        agreements.sign(grantId, Grant.Signatory.CABINET);
        actAs("ann@example.org");
        agreements.sign(grantId, Grant.Signatory.BENEFICIARY);
    }

    /** Report n fully approved as claimed (scientific and financial). */
    void approve(UUID grantId, int n, Map<GrantReport.Category, BigDecimal> claimed, Map<GrantReport.Category, BigDecimal> accepted) {
        actAs("ann@example.org");
        reports.submit(grantId, n, "Work package " + n + " done", claimed);
        actAs("officer@example.org");
        reports.checkScientific(grantId, n, true, null);
        actAs("finance@example.org");
        reports.checkFinancial(grantId, n, true, accepted, null);
    }

    @Test
    void aRejectedReportGoesBackWithItsCommentsAndIsSubmittedAgainEverySubmissionKept() {
        Grant g = grant();
        UUID id = g.getId();
        var claim = amounts("80000", "10000", "5000", "3000", "12000");

        actAs("bob@example.org");
        assertThatThrownBy(() -> reports.submit(id, 1, "Not my grant", claim)).as("another organisation")
                .isInstanceOf(AccessDeniedException.class);
        actAs("officer@example.org");
        assertThatThrownBy(() -> reports.submit(id, 1, "Officers do not report", claim)).isInstanceOf(AccessDeniedException.class);
        assertThat(submissions()).isZero();

        actAs("ann@example.org");
        GrantReport first = reports.submit(id, 1, "Digital twin of the canal port: data model delivered.", claim);
        assertThat(first.getSubmissionNo()).isEqualTo(1);
        assertThat(first.totalClaimed()).isEqualByComparingTo("110000");
        assertThat(reports.statuses(id)).extracting(ReportService.ReportStatus::status)
                .containsExactly(ReportService.Status.SUBMITTED, ReportService.Status.DUE);
        rule(() -> reports.submit(id, 1, "Again", claim), "grants.report.notReturned", null);

        actAs("finance@example.org");
        assertThatThrownBy(() -> reports.checkScientific(id, 1, true, null)).as("scientific part: programme officers")
                .isInstanceOf(AccessDeniedException.class);
        actAs("officer@example.org");
        assertThatThrownBy(() -> reports.checkFinancial(id, 1, true, claim, null)).as("cost claim: financial officers")
                .isInstanceOf(AccessDeniedException.class);
        rule(() -> reports.checkScientific(id, 1, false, "  "), "grants.report.commentRequired", "comment");
        reports.checkScientific(id, 1, false, "Describe the pilot with the port authority.");
        actAs("finance@example.org");
        reports.checkFinancial(id, 1, false, null, "Subcontracting invoices missing.");
        assertThat(reports.statuses(id).get(0).status()).isEqualTo(ReportService.Status.REJECTED);

        actAs("ann@example.org");
        ReportService.ReportView returned = reports.report(id, 1);
        assertThat(returned.canSubmit()).isTrue();
        assertThat(returned.status().latest().getScientificComment()).isEqualTo("Describe the pilot with the port authority.");
        assertThat(returned.status().latest().getFinancialComment()).isEqualTo("Subcontracting invoices missing.");
        GrantReport second = reports.submit(id, 1, "Data model delivered; pilot with the port authority since March.",
                amounts("80000", "10000", "5000", "3000", "12000"));
        assertThat(second.getSubmissionNo()).isEqualTo(2);

        actAs("officer@example.org");
        reports.checkScientific(id, 1, true, null);
        assertThat(reports.statuses(id).get(0).status()).as("waits for the cost claim").isEqualTo(ReportService.Status.SUBMITTED);
        actAs("finance@example.org");
        rule(() -> reports.checkFinancial(id, 1, true, amounts("80000.01", "10000", "5000", "3000", "12000"), null),
                "grants.report.acceptedAboveClaimed", "personnel");
        rule(() -> reports.checkFinancial(id, 1, true, amounts("80000", "10000", "-1", "3000", "12000"), null),
                "grants.report.amountNegative", "equipment");
        reports.checkFinancial(id, 1, true, amounts("78000", "10000", "5000", "2500", "11700"), null);

        ReportService.ReportView view = reports.report(id, 1);
        assertThat(view.status().status()).isEqualTo(ReportService.Status.APPROVED);
        assertThat(view.submissions()).extracting(GrantReport::getSubmissionNo, s -> s.state())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, GrantReport.State.REJECTED),
                        org.assertj.core.groups.Tuple.tuple(2, GrantReport.State.APPROVED));
        assertThat(view.submissions().get(0).getScientificText()).startsWith("Digital twin of the canal port");
        assertThat(view.submissions().get(1).totalAccepted()).isEqualByComparingTo("107200");
        assertThat(view.submissions().get(1).getFinancialBy()).isEqualTo("finance@example.org");
        assertThat(submissions()).isEqualTo(2);
        actAs("officer@example.org");
        rule(() -> reports.checkScientific(id, 1, false, "late"), "grants.report.alreadyChecked", null);
    }

    @Test
    void negativeOrMissingAmountsAndAnEmptyTextAreFieldErrorsAndNothingIsSaved() {
        UUID id = grant().getId();
        actAs("ann@example.org");
        rule(() -> reports.submit(id, 1, "Text", amounts("1000", "0", "-250", "0", "0")), "grants.report.amountNegative", "equipment");
        var missing = amounts("1000", "0", "0", "0", "0");
        missing.remove(GrantReport.Category.OVERHEADS);
        rule(() -> reports.submit(id, 1, "Text", missing), "grants.report.amountRequired", "overheads");
        rule(() -> reports.submit(id, 1, "Text", amounts("1000.001", "0", "0", "0", "0")), "grants.report.amountCents", "personnel");
        rule(() -> reports.submit(id, 1, " ", amounts("1000", "0", "0", "0", "0")), "grants.report.textRequired", "scientificText");
        assertThatThrownBy(() -> reports.submit(id, 3, "Text", amounts("1000", "0", "0", "0", "0")))
                .isInstanceOf(org.regia.shared.NotFoundException.class);
        assertThat(submissions()).isZero();
    }

    @Test
    void screensAndApiRefuseAnotherOrganisationAndShowFieldErrorsForUnreadableAmounts() throws Exception {
        UUID id = grant().getId();
        var bob = user(accounts.loadUserByUsername("bob@example.org"));
        var ann = user(accounts.loadUserByUsername("ann@example.org"));
        mvc.perform(get("/grants/" + id + "/reports/1").with(bob)).andExpect(status().isForbidden());
        mvc.perform(post("/grants/" + id + "/reports/1").with(bob).with(csrf()).param("scientificText", "x")
                .param("personnel", "1").param("subcontracting", "0").param("equipment", "0").param("otherDirect", "0")
                .param("overheads", "0")).andExpect(status().isForbidden());
        mvc.perform(post("/api/grants/" + id + "/reports/1").with(httpBasic("bob@example.org", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"scientificText": "x", "claimed": {"PERSONNEL": 1, "SUBCONTRACTING": 0, "EQUIPMENT": 0, "OTHER_DIRECT": 0, "OVERHEADS": 0}}"""))
                .andExpect(status().isForbidden());

        mvc.perform(get("/grants/" + id + "/reports/1").with(ann)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"submit-form\"")));
        mvc.perform(post("/grants/" + id + "/reports/1").with(ann).with(csrf()).header("Accept-Language", "en")
                        .param("scientificText", "Work done").param("personnel", "abc").param("subcontracting", "0")
                        .param("equipment", "-5").param("otherDirect", "0").param("overheads", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("“abc” is not an amount")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Give an amount (0 if none).")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"personnel-error\"")));
        mvc.perform(post("/grants/" + id + "/reports/1").with(ann).with(csrf()).header("Accept-Language", "en")
                        .param("scientificText", "Work done").param("personnel", "100").param("subcontracting", "0")
                        .param("equipment", "-5").param("otherDirect", "0").param("overheads", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"equipment-error\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("An amount cannot be negative.")));
        assertThat(submissions()).isZero();

        mvc.perform(post("/api/grants/" + id + "/reports/1").with(httpBasic("ann@example.org", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"scientificText": "x", "claimed": {"PERSONNEL": "ten", "SUBCONTRACTING": 0, "EQUIPMENT": 0, "OTHER_DIRECT": 0, "OVERHEADS": 0}}"""))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/api/grants/" + id + "/reports/1").with(httpBasic("ann@example.org", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"scientificText": "x", "claimed": {"PERSONNEL": -1, "SUBCONTRACTING": 0, "EQUIPMENT": 0, "OTHER_DIRECT": 0, "OVERHEADS": 0}}"""))
                .andExpect(status().isUnprocessableContent());
        assertThat(submissions()).isZero();
        mvc.perform(post("/grants/" + id + "/reports/1").with(ann).with(csrf())
                        .param("scientificText", "Work done").param("personnel", "90000,50").param("subcontracting", "0")
                        .param("equipment", "1 500").param("otherDirect", "0").param("overheads", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/grants/" + id + "/reports/1").with(httpBasic("ann@example.org", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.submissions[0].claimed.PERSONNEL").value(90000.5))
                .andExpect(jsonPath("$.submissions[0].claimed.EQUIPMENT").value(1500));
        mvc.perform(get("/api/grants/" + id + "/reports").with(httpBasic("bob@example.org", PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void paymentsOfTheScheduleAreRequestedOnlyOnceDue() throws Exception {
        Grant g = grant();
        UUID id = g.getId();
        actAs("finance@example.org");
        ledger.addCredit(LINE, 2027, new BigDecimal("1000000"));
        ledger.commit(id, LINE, 2027, new BigDecimal("400000"), null);
        rule(() -> schedule.request(id, 0, LINE, 2027), "grants.instalment.notDueUnsigned", null);
        assertThat(jdbc().queryForObject("select count(*) from grants_payment", Long.class)).isZero();

        sign(id);
        mvc.perform(get("/grants/" + id).with(user(accounts.loadUserByUsername("officer@example.org"))).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"instalment-form-0\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Request this payment")));
        mvc.perform(get("/grants/" + id).with(user(accounts.loadUserByUsername("ann@example.org"))).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Open report 1")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Request this payment"))));
        actAs("ann@example.org");
        assertThatThrownBy(() -> schedule.request(id, 0, LINE, 2027)).isInstanceOf(AccessDeniedException.class);
        actAs("officer@example.org");
        assertThat(schedule.statuses(agreements.get(id))).extracting(ScheduledPayments.InstalmentStatus::due)
                .containsExactly(ScheduledPayments.Due.DUE, ScheduledPayments.Due.NOT_DUE, ScheduledPayments.Due.NOT_DUE);
        Payment advance = schedule.request(id, 0, LINE, 2027);
        assertThat(advance.getAmount()).isEqualByComparingTo("120000");
        assertThat(advance.getState()).isEqualTo(Payment.State.REQUESTED);
        assertThat(advance.getPurpose()).contains("Avance / Voorschot 30 %", g.getReference());
        rule(() -> schedule.request(id, 0, LINE, 2027), "grants.instalment.alreadyRequested", null);
        rule(() -> schedule.request(id, 1, LINE, 2027), "grants.instalment.notDueReport", null);
        rule(() -> schedule.request(id, 2, LINE, 2027), "grants.instalment.notDueReport", null);

        var claim = amounts("150000", "20000", "10000", "5000", "15000");
        approve(id, 1, claim, claim);
        actAs("officer@example.org");
        Payment instalment = schedule.request(id, 1, LINE, 2027);
        assertThat(instalment.getAmount()).isEqualByComparingTo("200000");
        assertThat(schedule.statuses(agreements.get(id))).extracting(ScheduledPayments.InstalmentStatus::due)
                .containsExactly(ScheduledPayments.Due.REQUESTED, ScheduledPayments.Due.REQUESTED, ScheduledPayments.Due.NOT_DUE);
        assertThat(jdbc().queryForObject("select count(*) from grants_payment where grant_id = ?", Long.class, id)).isEqualTo(2);
    }

    /**
     * Worked numbers (no detailed budget: the entitlement is the accepted costs capped at the amount awarded): 400 000
     * awarded, advance 120 000 + instalment 200 000 posted = 320 000 paid; final claim 260 000, accepted 250 000 →
     * entitled 250 000 → debit note of 70 000, due 30 days later, repaid 30 000 then 40 000 → settled.
     */
    @Test
    void theFinalCostClaimBelowWhatWasPaidCreatesADebitNoteRepaidInTwoParts() {
        UUID id = grant().getId();
        actAs("finance@example.org");
        ledger.addCredit(LINE, 2027, new BigDecimal("1000000"));
        ledger.commit(id, LINE, 2027, new BigDecimal("400000"), null);
        sign(id);
        var first = amounts("100000", "0", "20000", "10000", "20000");
        approve(id, 1, first, first);
        actAs("finance@example.org");
        for (int position = 0; position < 2; position++) {
            Payment p = schedule.request(id, position, LINE, 2027);
            ledger.approve(p.getId());
            ledger.post(p.getId());
        }
        assertThat(recoveries.paid(id)).isEqualByComparingTo("320000");

        approve(id, 2, amounts("180000", "20000", "20000", "10000", "30000"),
                amounts("175000", "20000", "15000", "10000", "30000"));
        actAs("finance@example.org");
        Recovery r = recoveries.ofGrant(id).orElseThrow();
        assertThat(r.getAcceptedCosts()).isEqualByComparingTo("250000");
        assertThat(r.getBudgetTotal()).as("the decision's application has no budget here").isNull();
        assertThat(r.getEntitled()).isEqualByComparingTo("250000");
        assertThat(r.getPaid()).isEqualByComparingTo("320000");
        assertThat(r.getAmount()).isEqualByComparingTo("70000");
        assertThat(r.getReference()).matches("DN-\\d{4}-\\d{4}");
        LocalDate today = LocalDate.now(clock);
        assertThat(r.getIssuedOn()).isEqualTo(today);
        assertThat(r.getDueDate()).isEqualTo(today.plusDays(30));
        assertThat(r.getState()).isEqualTo(Recovery.State.OPEN);
        assertThat(schedule.statuses(agreements.get(id)).get(2).due()).as("no balance on top of an overpayment")
                .isEqualTo(ScheduledPayments.Due.NOTHING_LEFT);
        rule(() -> schedule.request(id, 2, LINE, 2027), "grants.instalment.nothingLeft", null);

        recoveries.repay(r.getId(), new BigDecimal("30000"), today);
        assertThat(recoveries.ofGrant(id).orElseThrow().getState()).isEqualTo(Recovery.State.PARTIALLY_REPAID);
        rule(() -> recoveries.repay(r.getId(), new BigDecimal("40000.01"), today.plusDays(10)),
                "grants.recovery.aboveOutstanding", "amount");
        rule(() -> recoveries.repay(r.getId(), new BigDecimal("1000"), today.minusDays(1)), "grants.recovery.beforeIssued", "paidOn");
        recoveries.repay(r.getId(), new BigDecimal("40000"), today.plusDays(12));
        Recovery settled = recoveries.ofGrant(id).orElseThrow();
        assertThat(settled.getState()).isEqualTo(Recovery.State.SETTLED);
        assertThat(settled.outstanding()).isEqualByComparingTo("0");
        assertThat(recoveries.repayments(r.getId())).extracting(rp -> rp.getAmount().toPlainString(), Repayment::getPaidOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("30000.00", today),
                        org.assertj.core.groups.Tuple.tuple("40000.00", today.plusDays(12)));
        rule(() -> recoveries.repay(r.getId(), new BigDecimal("1"), today.plusDays(13)), "grants.recovery.aboveOutstanding", "amount");
        assertThat(recoveries.list()).extracting(Recovery::getReference).containsExactly(r.getReference());
        actAs("ann@example.org");
        assertThatThrownBy(() -> recoveries.list()).isInstanceOf(AccessDeniedException.class);
        assertThat(reports.followUp(id).recovery().getReference()).isEqualTo(r.getReference());
    }

    @Test
    void officersSeeOverdueReportsWithTheDaysLate() {
        Grant late = grant(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31));
        grant(LocalDate.now(clock).plusMonths(1), LocalDate.now(clock).plusYears(2));
        LocalDate today = LocalDate.now(clock);
        actAs("ann@example.org");
        assertThatThrownBy(() -> reports.overdue()).isInstanceOf(AccessDeniedException.class);
        reports.submit(late.getId(), 1, "Late but here", amounts("1000", "0", "0", "0", "0"));
        actAs("officer@example.org");
        List<ReportService.ReportStatus> overdue = reports.overdue();
        assertThat(overdue).singleElement().satisfies(s -> {
            assertThat(s.grantReference()).isEqualTo(late.getReference());
            assertThat(s.number()).isEqualTo(2);
            assertThat(s.kind()).isEqualTo(Grant.ReportKind.FINAL);
            assertThat(s.due()).isEqualTo(LocalDate.of(2025, 3, 31));
            assertThat(s.daysLate()).isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2025, 3, 31), today));
        });
        reports.checkScientific(late.getId(), 1, false, "Incomplete");
        assertThat(reports.overdue()).as("a returned report is overdue again").extracting(ReportService.ReportStatus::number)
                .containsExactly(1, 2);
    }
}

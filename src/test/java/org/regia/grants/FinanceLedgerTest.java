package org.regia.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regia.identity.Role;
import org.regia.organisations.OrganisationDetails;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.shared.DomainException;
import org.regia.shared.EnterpriseNumber;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class FinanceLedgerTest extends IntegrationTest {

    static final String LINE = "12.021.38.09.3132";

    @Autowired
    FinanceLedger ledger;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ApplicationEvents events;
    @Autowired
    java.util.List<org.regia.control.ControlDataSource> dataSources;

    UUID zinneke;

    @BeforeEach
    void setUp() {
        createUser("finance@example.org", Role.FINANCE_OFFICER);
        createUser("ann@example.org", Role.APPLICANT);
        actAs("finance@example.org");
        zinneke = organisations.create(new OrganisationDetails("Zinneke Software BV", null, OrganisationType.COMPANY,
                EnterpriseNumber.fromPrefix("07112233").digits(), "Rue 1", "1000", null, "BE", null, null)).getId();
    }

    private static BigDecimal eur(String s) {
        return new BigDecimal(s);
    }

    private Grant grant(String ref, String awarded) {
        return ledger.createGrant(ref, zinneke, "Urban freight twin", eur(awarded), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
    }

    @Test
    void budgetLinesAreValidatedAndNormalised() {
        ledger.addCredit("12 021 38 09 3132", 2026, eur("1000"));
        assertThat(ledger.figures(LINE, 2026).credit()).isEqualByComparingTo("1000");
        assertThatThrownBy(() -> ledger.addCredit("12.021.38.3132", 2026, eur("1")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("budgetLine");
                    assertThat(e.arguments()).containsExactly("12.021.38.3132", "12.021.38.09.3132");
                });
    }

    @Test
    void commitmentsStayWithinTheCreditUnlessAnOverrideWithReasonIsRecorded() {
        ledger.addCredit(LINE, 2026, eur("500000"));
        Grant g = grant("RD-2026-001", "900000");
        ledger.commit(g.getId(), LINE, 2026, eur("450000"), null);
        assertThatThrownBy(() -> ledger.commit(g.getId(), LINE, 2026, eur("50000.01"), null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("grants.commit.aboveCredit"));
        ledger.commit(g.getId(), LINE, 2026, eur("50000"), null);
        ledger.commit(g.getId(), LINE, 2026, eur("100000"), "Government decision of 12/3: credit reallocated in the adjustment");
        assertThat(ledger.figures(LINE, 2026).committed()).isEqualByComparingTo("600000");
        assertThat(jdbc().queryForObject("select override_reason from grants_ledger where amount = 100000", String.class))
                .startsWith("Government decision");
        assertThat(events.stream(FinanceEvents.CommitmentRecorded.class)).hasSize(3);
    }

    @Test
    void paymentsAreApprovedThenPostedOnceAndNeverAboveTheCommitment() {
        ledger.addCredit(LINE, 2026, eur("1000000"));
        Grant g = grant("RD-2026-002", "300000");
        ledger.commit(g.getId(), LINE, 2026, eur("300000"), null);
        Payment advance = ledger.requestPayment(g.getId(), LINE, 2026, eur("90000"), "advance 30%");
        assertThatThrownBy(() -> ledger.post(advance.getId()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("grants.payment.notApproved"));
        ledger.approve(advance.getId());
        ledger.post(advance.getId());
        ledger.post(advance.getId());
        assertThat(ledger.figures(LINE, 2026).liquidated()).isEqualByComparingTo("90000");
        assertThat(ledger.figures(LINE, 2026).liquidatedRatio()).isEqualByComparingTo("30.00");

        Payment tooMuch = ledger.requestPayment(g.getId(), LINE, 2026, eur("210000.01"), "balance");
        assertThatThrownBy(() -> ledger.approve(tooMuch.getId()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("grants.payment.aboveCommitted"));
        assertThatThrownBy(() -> ledger.decommit(g.getId(), LINE, 2026, eur("210000.01")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("grants.decommit.belowPaid"));
        ledger.closeGrant(g.getId());
        assertThatThrownBy(() -> ledger.requestPayment(g.getId(), LINE, 2026, eur("1"), "balance"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("grants.grant.closed"));
        assertThat(events.stream(FinanceEvents.PaymentPosted.class)).hasSize(1);

        actAs("ann@example.org");
        assertThatThrownBy(() -> ledger.approve(tooMuch.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void managementControlCanBindAKpiToLiquidatedVersusCommitted() {
        var source = dataSources.stream().filter(d -> d.name().equals("grants.liquidated-vs-committed")).findFirst().orElseThrow();
        int year = LocalDate.now().getYear();
        // nothing committed yet: the query fails (and control records the failure on the KPI)
        assertThatThrownBy(source::measure).isInstanceOf(IllegalStateException.class);
        ledger.addCredit(LINE, year, eur("1000000"));
        Grant g = grant("RD-KPI-1", "400000");
        ledger.commit(g.getId(), LINE, year, eur("400000"), null);
        Payment p = ledger.requestPayment(g.getId(), LINE, year, eur("100000"), "advance");
        ledger.approve(p.getId());
        ledger.post(p.getId());
        assertThat(source.measure()).isEqualByComparingTo("25.00");
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void theFinanceDashboardShowsTheRatioAndExportsXlsx() throws Exception {
        ledger.addCredit(LINE, 2026, eur("500000"));
        Grant g = grant("RD-DASH-1", "200000");
        ledger.commit(g.getId(), LINE, 2026, eur("200000"), null);
        Payment p = ledger.requestPayment(g.getId(), LINE, 2026, eur("150000"), "advance");
        ledger.approve(p.getId());
        ledger.post(p.getId());
        var finance = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(accounts.loadUserByUsername("finance@example.org"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/grants/finance").with(finance)
                        .locale(java.util.Locale.FRENCH))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("75.00 %")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("Allocation de base")));
        byte[] xlsx = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/grants/finance.xlsx").with(finance))
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(LINE);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(75.0);
        }
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/grants/finance")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(accounts.loadUserByUsername("ann@example.org"))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
    }

    @Test
    void concurrentRetriesOfAPostingPayOnce() throws Exception {
        ledger.addCredit(LINE, 2026, eur("100000"));
        Grant g = grant("RD-2026-003", "100000");
        ledger.commit(g.getId(), LINE, 2026, eur("100000"), null);
        Payment p = ledger.requestPayment(g.getId(), LINE, 2026, eur("40000"), "instalment 1");
        ledger.approve(p.getId());
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Payment.State>> retries = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                retries.add(() -> {
                    org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(auth);
                    return ledger.post(p.getId()).getState();
                });
            }
            for (Future<Payment.State> f : pool.invokeAll(retries)) {
                assertThat(f.get()).isEqualTo(Payment.State.POSTED);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc().queryForObject("select count(*) from grants_ledger where kind = 'PAYMENT'", Integer.class)).isEqualTo(1);
        assertThat(ledger.figures(LINE, 2026).liquidated()).isEqualByComparingTo("40000");
    }

    /** Many random operations, valid or not: the invariants hold after every one. */
    @Test
    void ledgerInvariantsHoldUnderRandomOperations() {
        Random r = new Random(2026);
        ledger.addCredit(LINE, 2026, eur("2000000"));
        List<Grant> gs = List.of(grant("P-1", "800000"), grant("P-2", "800000"), grant("P-3", "800000"));
        List<Payment> pending = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < 300; i++) {
            Grant g = gs.get(r.nextInt(gs.size()));
            BigDecimal amount = BigDecimal.valueOf(1 + r.nextInt(150_000)).setScale(2);
            try {
                switch (r.nextInt(4)) {
                    case 0 -> ledger.commit(g.getId(), LINE, 2026, amount, null);
                    case 1 -> ledger.decommit(g.getId(), LINE, 2026, amount);
                    case 2 -> {
                        Payment p = ledger.requestPayment(g.getId(), LINE, 2026, amount, "instalment");
                        ledger.approve(p.getId());
                        pending.add(p);
                    }
                    default -> {
                        if (!pending.isEmpty()) {
                            ledger.post(pending.remove(r.nextInt(pending.size())).getId());
                        }
                    }
                }
            } catch (DomainException e) {
                refused++;
            }
            FinanceLedger.Figures f = ledger.figures(LINE, 2026);
            assertThat(f.committed()).isLessThanOrEqualTo(f.credit());
            assertThat(f.liquidated()).isLessThanOrEqualTo(f.committed());
            for (Grant each : gs) {
                BigDecimal committed = jdbc().queryForObject("select coalesce(sum(case kind when 'COMMITMENT' then amount else -amount end), 0) "
                        + "from grants_ledger where grant_id = ? and kind in ('COMMITMENT', 'DECOMMITMENT')", BigDecimal.class, each.getId());
                BigDecimal paid = jdbc().queryForObject("select coalesce(sum(amount), 0) from grants_ledger where grant_id = ? and kind = 'PAYMENT'",
                        BigDecimal.class, each.getId());
                assertThat(committed).isGreaterThanOrEqualTo(BigDecimal.ZERO).isLessThanOrEqualTo(each.getAwarded());
                assertThat(paid).isLessThanOrEqualTo(committed);
            }
        }
        // the run exercised both accepted and refused operations
        assertThat(refused).isBetween(10, 290);
        assertThat(ledger.figures(LINE, 2026).liquidated()).isPositive();
    }
}

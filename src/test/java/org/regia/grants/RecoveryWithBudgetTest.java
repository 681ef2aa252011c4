package org.regia.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regia.applications.ApplicationService;
import org.regia.applications.BudgetService;
import org.regia.applications.CostCategory;
import org.regia.catalogue.Call;
import org.regia.catalogue.CallDetails;
import org.regia.catalogue.CallMode;
import org.regia.catalogue.CallState;
import org.regia.catalogue.CatalogueService;
import org.regia.evaluation.FundingDecided;
import org.regia.identity.Role;
import org.regia.organisations.AffiliationRole;
import org.regia.organisations.OrganisationDetails;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.shared.EnterpriseNumber;
import org.regia.shared.LocalizedText;
import org.regia.stateaid.WorkType;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 6, recoveries with the application's accepted budget. Worked numbers: budget personnel 300 000, subcontracting
 * 100 000, equipment 50 000, other direct 50 000, overheads 10 % of the 400 000 non-subcontracted = 40 000, total
 * 540 000; awarded 405 000 → aid rate 75 %. Paid: advance 121 500 + instalment 202 500 = 324 000. Final costs accepted
 * 400 000 → entitled 300 000 → debit note 24 000.
 */
class RecoveryWithBudgetTest extends IntegrationTest {

    static final String LINE = "12.021.38.09.3132";

    @Autowired CatalogueService catalogue;
    @Autowired ApplicationService applications;
    @Autowired BudgetService budgets;
    @Autowired OrganisationService organisations;
    @Autowired GrantService grants;
    @Autowired AgreementService agreements;
    @Autowired FinanceLedger ledger;
    @Autowired ReportService reports;
    @Autowired ScheduledPayments schedule;
    @Autowired RecoveryService recoveries;

    @Test
    void theEntitlementFollowsTheAidRateOfTheAcceptedBudget() {
        createUser("officer@example.org", Role.PROGRAMME_OFFICER);
        createUser("finance@example.org", Role.FINANCE_OFFICER);
        createUser("admin@example.org", Role.ADMIN);
        createUser("ann@example.org", Role.APPLICANT);
        actAs("officer@example.org");
        catalogue.loadProgrammes2023IfEmpty();
        Instant now = catalogue.now();
        Call call = catalogue.createCall(catalogue.programmeByCode("rd-projects").getId(), new CallDetails(
                LocalizedText.of("Appel R&D 2026", "Oproep O&O 2026"), null, CallMode.DEADLINE, now.minusSeconds(3600),
                now.plusSeconds(86_400), 1, new BigDecimal("30000"), null, "Critères R&D 2026", List.of()));
        catalogue.moveCall(call.getId(), CallState.PUBLISHED);
        catalogue.moveCall(call.getId(), CallState.OPEN);

        actAs("ann@example.org");
        UUID firm = organisations.create(new OrganisationDetails("Zinneke Software BV", null, OrganisationType.COMPANY,
                EnterpriseNumber.fromPrefix("07112233").digits(), "Rue 1", "1000", null, "BE", null, null)).getId();
        organisations.affiliateUser(accounts.byEmail("ann@example.org").orElseThrow().getId(), "Ann", "ann@example.org",
                firm, AffiliationRole.LEGAL_REPRESENTATIVE);
        var application = applications.create(call.getId(), firm, "Urban freight digital twin");
        var coordinator = applications.get(application.getId()).coordinator();
        budgets.saveBudget(application.getId(), coordinator.getId(), coordinator.getVersion(), new BigDecimal("10"), List.of(
                line(2027, CostCategory.PERSONNEL, "200000"), line(2028, CostCategory.PERSONNEL, "100000"),
                line(2027, CostCategory.SUBCONTRACTING, "100000"), line(2027, CostCategory.EQUIPMENT, "50000"),
                line(2028, CostCategory.OTHER_DIRECT, "50000")));

        Grant g = grants.fromDecision(new FundingDecided(UUID.randomUUID(), application.getId(), call.getId(),
                UUID.randomUUID(), "APP-2026-0042", "Urban freight digital twin", true, Instant.parse("2026-05-12T10:00:00Z"),
                LocalDate.of(2026, 7, 1), LocalDate.of(2028, 6, 30),
                List.of(new FundingDecided.PartnerAward(firm, true, new BigDecimal("405000.00")))));
        UUID id = g.getId();
        ReportService.ReportView view = reports.report(id, 1);
        assertThat(view.budget().get(GrantReport.Category.PERSONNEL)).isEqualByComparingTo("300000");
        assertThat(view.budget().get(GrantReport.Category.SUBCONTRACTING)).isEqualByComparingTo("100000");
        assertThat(view.budget().get(GrantReport.Category.OVERHEADS)).as("10 % of 400 000").isEqualByComparingTo("40000");

        actAs("finance@example.org");
        ledger.addCredit(LINE, 2027, new BigDecimal("1000000"));
        ledger.commit(id, LINE, 2027, new BigDecimal("405000"), null);
        actAs("officer@example.org");
        agreements.sign(id, Grant.Signatory.INSTITUTE);
        actAs("admin@example.org");
        agreements.sign(id, Grant.Signatory.CABINET);
        actAs("ann@example.org");
        agreements.sign(id, Grant.Signatory.BENEFICIARY);
        var progress = ReportFlowTest.amounts("150000", "50000", "25000", "20000", "19500");
        approve(id, 1, progress, progress);
        actAs("finance@example.org");
        for (int position = 0; position < 2; position++) {
            Payment p = schedule.request(id, position, LINE, 2027);
            ledger.approve(p.getId());
            ledger.post(p.getId());
        }
        assertThat(recoveries.paid(id)).isEqualByComparingTo("324000");

        approve(id, 2, ReportFlowTest.amounts("290000", "100000", "50000", "30000", "37000"),
                ReportFlowTest.amounts("250000", "80000", "40000", "0", "30000"));
        actAs("finance@example.org");
        Recovery r = recoveries.ofGrant(id).orElseThrow();
        assertThat(r.getBudgetTotal()).isEqualByComparingTo("540000");
        assertThat(r.getAcceptedCosts()).isEqualByComparingTo("400000");
        assertThat(r.getEntitled()).as("400 000 × 405 000 / 540 000").isEqualByComparingTo("300000");
        assertThat(r.getAmount()).isEqualByComparingTo("24000");
        assertThat(schedule.statuses(agreements.get(id)).get(2).due()).isEqualTo(ScheduledPayments.Due.NOTHING_LEFT);
    }

    private static BudgetService.LineInput line(int year, CostCategory category, String amount) {
        return new BudgetService.LineInput(year, WorkType.EXPERIMENTAL_DEVELOPMENT, category, new BigDecimal(amount));
    }

    private void approve(UUID id, int n, java.util.Map<GrantReport.Category, BigDecimal> claimed,
                         java.util.Map<GrantReport.Category, BigDecimal> accepted) {
        actAs("ann@example.org");
        reports.submit(id, n, "Report " + n, claimed);
        actAs("officer@example.org");
        reports.checkScientific(id, n, true, null);
        actAs("finance@example.org");
        reports.checkFinancial(id, n, true, accepted, null);
    }
}

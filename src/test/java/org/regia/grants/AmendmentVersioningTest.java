package org.regia.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regia.evaluation.FundingDecided;
import org.regia.identity.Role;
import org.regia.organisations.OrganisationDetails;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.shared.DomainException;
import org.regia.shared.EnterpriseNumber;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 6 item 5: amendments of a grant agreement — versions v1 → v2 → v3 all kept and comparable, a budget shift
 * within the tolerance approved automatically, beyond it (and any change of end date or partner) only by the committee,
 * rejection changes nothing, invalid amendments refused with nothing saved.
 */
class AmendmentVersioningTest extends IntegrationTest {

    static final String LINE = "12.021.38.09.3132";

    @Autowired
    AmendmentService service;
    @Autowired
    GrantService grants;
    @Autowired
    AgreementService agreements;
    @Autowired
    FinanceLedger ledger;
    @Autowired
    OrganisationService organisations;
    @Autowired
    TransactionTemplate tx;

    UUID firm;
    UUID lab;
    UUID newcomer;

    @BeforeEach
    void setUp() {
        createUser("officer@example.org", Role.PROGRAMME_OFFICER);
        createUser("committee@example.org", Role.COMMITTEE);
        createUser("admin@example.org", Role.ADMIN);
        createUser("finance@example.org", Role.FINANCE_OFFICER);
        actAs("admin@example.org");
        firm = organisation("Zinneke Software BV", "07112233");
        lab = organisation("Laboratoire Iris ASBL", "04445556");
        newcomer = organisation("Kanaal Robotics NV", "07998877");
    }

    private UUID organisation(String name, String prefix) {
        return organisations.create(new OrganisationDetails(name, null, OrganisationType.COMPANY,
                EnterpriseNumber.fromPrefix(prefix).digits(), "Rue 1", "1000", null, "BE", null, null)).getId();
    }

    /** The project of AgreementFlowTest: 1/7/2026–30/6/2028, coordinator 300 000 and partner 100 000 (400 000). */
    private Grant grant(LocalDate start, LocalDate end) {
        return grants.fromDecision(new FundingDecided(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "APP-2026-0042", "Urban freight digital twin", true, Instant.parse("2026-05-12T10:00:00Z"), start, end,
                List.of(new FundingDecided.PartnerAward(firm, true, new BigDecimal("300000.00")),
                        new FundingDecided.PartnerAward(lab, false, new BigDecimal("100000.00")))));
    }

    private Grant grant() {
        return grant(LocalDate.of(2026, 7, 1), LocalDate.of(2028, 6, 30));
    }

    private Grant reload(UUID id) {
        return tx.execute(s -> {
            Grant g = agreements.get(id);
            g.allocations();
            g.instalments().size();
            g.reports().size();
            return g;
        });
    }

    private AgreementSnapshot current(UUID grantId) {
        return tx.execute(s -> AgreementSnapshot.of(agreements.get(grantId)));
    }

    private Map<UUID, BigDecimal> shares(UUID grantId) {
        Map<UUID, BigDecimal> out = new java.util.HashMap<>();
        jdbc().query("select organisation_id, amount from grants_partner where grant_id = ?",
                rs -> { out.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2)); }, grantId);
        return out;
    }

    private static Consumer<Throwable> refused(String field, String key) {
        return e -> {
            assertThat(e).isInstanceOf(DomainException.class);
            assertThat(((DomainException) e).messageKey()).isEqualTo(key);
            assertThat(((DomainException) e).field()).isEqualTo(field);
        };
    }

    @Test
    void everyApprovedAmendmentIsANewVersionAndAllVersionsAreKeptAndComparable() {
        Grant g = grant();
        AgreementSnapshot original = current(g.getId());

        actAs("officer@example.org");
        Amendment extension = service.requestEndDate(g.getId(), LocalDate.of(2028, 12, 31), "Recruitment of the researcher delayed by six months");
        assertThat(extension.getState()).isEqualTo(Amendment.State.PENDING);
        assertThat(extension.getNumber()).isEqualTo(1);
        assertThat(reload(g.getId()).getEnd()).as("terms change only on approval").isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(service.currentVersion(g.getId())).isEqualTo(1);
        assertThatThrownBy(() -> service.approve(g.getId(), 1, "ok")).isInstanceOf(AccessDeniedException.class);

        actAs("committee@example.org");
        service.approve(g.getId(), 1, "Justified by the recruitment calendar");
        Grant v2 = reload(g.getId());
        assertThat(v2.getEnd()).isEqualTo(LocalDate.of(2028, 12, 31));
        // 915 project days: 2026 has 184, 2027 365, 2028 366 (the last year takes the cents)
        assertThat(v2.allocations()).extracting(Grant.Allocation::organisationId, Grant.Allocation::year, a -> a.amount().toPlainString())
                .containsExactly(tuple(firm, 2026, "60327.87"), tuple(firm, 2027, "119672.13"), tuple(firm, 2028, "120000.00"),
                        tuple(lab, 2026, "20109.29"), tuple(lab, 2027, "39890.71"), tuple(lab, 2028, "40000.00"));
        assertThat(v2.reports()).containsExactly(new Grant.ReportDue(Grant.ReportKind.PROGRESS, LocalDate.of(2027, 7, 1)),
                new Grant.ReportDue(Grant.ReportKind.PROGRESS, LocalDate.of(2028, 7, 1)),
                new Grant.ReportDue(Grant.ReportKind.FINAL, LocalDate.of(2029, 3, 31)));
        assertThat(v2.instalments()).extracting(Grant.Instalment::kind).containsExactly(Grant.InstalmentKind.ADVANCE,
                Grant.InstalmentKind.INSTALMENT, Grant.InstalmentKind.INSTALMENT, Grant.InstalmentKind.BALANCE);
        assertThat(v2.getAwarded()).isEqualByComparingTo("400000");
        assertThat(service.currentVersion(g.getId())).isEqualTo(2);

        actAs("officer@example.org");
        Amendment shift = service.requestBudgetShift(g.getId(), Map.of(
                firm, Map.of(2027, new BigDecimal("124672.13")),
                lab, Map.of(2027, new BigDecimal("34890.71"))), "Lab's survey work taken over by the coordinator");
        assertThat(shift.getShifted()).isEqualByComparingTo("5000");
        assertThat(shift.getState()).as("5 000 is within 10 % of 400 000").isEqualTo(Amendment.State.APPROVED);
        assertThat(shift.isAutoApproved()).isTrue();
        assertThat(shift.getResultVersion()).isEqualTo(3);
        assertThat(shares(g.getId())).containsEntry(firm, new BigDecimal("305000.00")).containsEntry(lab, new BigDecimal("95000.00"));

        assertThat(service.versions(g.getId())).extracting(AmendmentService.VersionInfo::number,
                AmendmentService.VersionInfo::amendmentNumber, AmendmentService.VersionInfo::current)
                .containsExactly(tuple(1, null, false), tuple(2, 1, false), tuple(3, 2, true));
        assertThat(service.terms(g.getId(), 1)).as("version 1 kept as it was").isEqualTo(original);
        assertThat(service.terms(g.getId(), 2).end()).isEqualTo(LocalDate.of(2028, 12, 31));

        List<AgreementSnapshot.Change> oneToTwo = service.compare(g.getId(), 1, 2);
        assertThat(oneToTwo).contains(new AgreementSnapshot.Change(AgreementSnapshot.Aspect.END, null, null, null,
                LocalDate.of(2028, 6, 30), LocalDate.of(2028, 12, 31), null, null));
        assertThat(oneToTwo).filteredOn(c -> c.aspect() == AgreementSnapshot.Aspect.REPORT)
                .extracting(AgreementSnapshot.Change::position, AgreementSnapshot.Change::before, AgreementSnapshot.Change::after,
                        AgreementSnapshot.Change::kindBefore, AgreementSnapshot.Change::kindAfter)
                .containsExactly(tuple(2, LocalDate.of(2028, 9, 30), LocalDate.of(2028, 7, 1), "FINAL", "PROGRESS"),
                        tuple(3, null, LocalDate.of(2029, 3, 31), null, "FINAL"));
        assertThat(oneToTwo).filteredOn(c -> c.aspect() == AgreementSnapshot.Aspect.ALLOCATION).hasSize(6);
        assertThat(oneToTwo).noneMatch(c -> c.aspect() == AgreementSnapshot.Aspect.PARTY_AMOUNT);

        List<AgreementSnapshot.Change> twoToThree = service.compare(g.getId(), 2, 3);
        assertThat(twoToThree).extracting(AgreementSnapshot.Change::aspect, AgreementSnapshot.Change::organisationId,
                        AgreementSnapshot.Change::year, c -> ((BigDecimal) c.before()).toPlainString(), c -> ((BigDecimal) c.after()).toPlainString())
                .containsExactly(tuple(AgreementSnapshot.Aspect.PARTY_AMOUNT, firm, null, "300000.00", "305000.00"),
                        tuple(AgreementSnapshot.Aspect.ALLOCATION, firm, 2027, "119672.13", "124672.13"),
                        tuple(AgreementSnapshot.Aspect.PARTY_AMOUNT, lab, null, "100000.00", "95000.00"),
                        tuple(AgreementSnapshot.Aspect.ALLOCATION, lab, 2027, "39890.71", "34890.71"));
        assertThat(service.compare(g.getId(), 1, 3)).anyMatch(c -> c.aspect() == AgreementSnapshot.Aspect.END)
                .anyMatch(c -> c.aspect() == AgreementSnapshot.Aspect.PARTY_AMOUNT);
        assertThat(jdbc().queryForObject("select count(*) from grants_agreement_version where grant_id = ?", Integer.class, g.getId())).isEqualTo(3);
    }

    @Test
    void aShiftBeyondTheToleranceWaitsForTheCommitteeAndARejectionLeavesTheTermsUnchanged() {
        Grant g = grant();
        AgreementSnapshot before = current(g.getId());
        actAs("officer@example.org");
        Amendment big = service.requestBudgetShift(g.getId(), Map.of(
                firm, Map.of(2027, new BigDecimal("199726.40")),
                lab, Map.of(2027, new BigDecimal("0.00"))), "Lab withdraws from work package 2");
        assertThat(big.getShifted()).as("49 931.60 is above 10 % of 400 000 (40 000)").isEqualByComparingTo("49931.60");
        assertThat(big.getState()).isEqualTo(Amendment.State.PENDING);
        assertThat(big.isAutoApproved()).isFalse();
        assertThat(current(g.getId())).isEqualTo(before);
        assertThat(service.changes(big)).extracting(AgreementSnapshot.Change::aspect).contains(AgreementSnapshot.Aspect.ALLOCATION);
        assertThatThrownBy(() -> service.requestEndDate(g.getId(), LocalDate.of(2029, 6, 30), "another"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("grants.amendment.pendingExists"));

        actAs("committee@example.org");
        assertThatThrownBy(() -> service.reject(g.getId(), 1, " ")).satisfies(refused("decisionReason", "grants.amendment.rejectReasonRequired"));
        service.reject(g.getId(), 1, "The lab's work package is essential to the project");
        assertThat(service.amendment(g.getId(), 1).getState()).isEqualTo(Amendment.State.REJECTED);
        assertThat(current(g.getId())).as("rejection changes nothing").isEqualTo(before);
        assertThat(shares(g.getId())).containsEntry(firm, new BigDecimal("300000.00")).containsEntry(lab, new BigDecimal("100000.00"));
        assertThat(service.currentVersion(g.getId())).isEqualTo(1);
        assertThat(service.versions(g.getId())).hasSize(1);
        assertThatThrownBy(() -> service.approve(g.getId(), 1, "changed my mind"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("grants.amendment.alreadyDecided"));

        // the requester never approves their own amendment, even as an administrator
        actAs("admin@example.org");
        service.requestEndDate(g.getId(), LocalDate.of(2028, 9, 30), "Three more months for the pilot");
        assertThatThrownBy(() -> service.approve(g.getId(), 2, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("grants.amendment.ownRequest"));
        actAs("committee@example.org");
        service.approve(g.getId(), 2, null);
        assertThat(reload(g.getId()).getEnd()).isEqualTo(LocalDate.of(2028, 9, 30));
    }

    @Test
    void aPartnerLeavesAndANewOrganisationTakesOverItsRemainingYearsAfterApproval() {
        int year = LocalDate.now().getYear();
        Grant g = grant(LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 1, 12, 31));
        BigDecimal labLastYear = current(g.getId()).party(lab).years().get(year - 1);

        actAs("officer@example.org");
        assertThatThrownBy(() -> service.requestPartnerChange(g.getId(), firm, lab, null, "coordinator leaves"))
                .satisfies(refused("leaving", "grants.amendment.coordinatorLeaves"));
        assertThatThrownBy(() -> service.requestPartnerChange(g.getId(), lab, null, "0999.999.999", "unknown"))
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("newPartner"));
        Amendment change = service.requestPartnerChange(g.getId(), lab, null,
                EnterpriseNumber.fromPrefix("07998877").formatted(), "The lab closes its robotics unit; Kanaal Robotics takes over");
        assertThat(change.getState()).as("a partner change always needs the committee").isEqualTo(Amendment.State.PENDING);

        actAs("committee@example.org");
        service.approve(g.getId(), 1, "Equivalent expertise");
        Map<UUID, BigDecimal> shares = shares(g.getId());
        assertThat(shares).containsEntry(lab, labLastYear).containsEntry(firm, new BigDecimal("300000.00"));
        assertThat(shares.get(newcomer)).isEqualByComparingTo(new BigDecimal("100000.00").subtract(labLastYear));
        AgreementSnapshot v2 = service.terms(g.getId(), 2);
        assertThat(v2.party(lab).years().keySet()).containsExactly(year - 1);
        assertThat(v2.party(newcomer).years().keySet()).containsExactly(year, year + 1);
        assertThat(v2.allocated()).isEqualByComparingTo("400000");
        assertThat(service.compare(g.getId(), 1, 2)).extracting(AgreementSnapshot.Change::aspect)
                .contains(AgreementSnapshot.Aspect.PARTY_ADDED, AgreementSnapshot.Aspect.PARTY_AMOUNT);
    }

    @Test
    void invalidAmendmentsAreRefusedAtTheirFieldAndNothingIsSaved() {
        Grant g = grant();
        AgreementSnapshot before = current(g.getId());
        actAs("finance@example.org");
        ledger.addCredit(LINE, 2026, new BigDecimal("1000000"));
        ledger.commit(g.getId(), LINE, 2026, new BigDecimal("100000"), null);
        Payment advance = ledger.requestPayment(g.getId(), LINE, 2026, new BigDecimal("90000"), "Advance");
        ledger.approve(advance.getId());
        ledger.post(advance.getId());

        actAs("officer@example.org");
        assertThatThrownBy(() -> service.requestEndDate(g.getId(), LocalDate.of(2026, 6, 30), "x"))
                .satisfies(refused("end", "grants.amendment.endBeforeStart"));
        assertThatThrownBy(() -> service.requestEndDate(g.getId(), LocalDate.of(2028, 6, 30), "x"))
                .satisfies(refused("end", "grants.amendment.endUnchanged"));
        assertThatThrownBy(() -> service.requestEndDate(g.getId(), LocalDate.of(2028, 12, 31), " "))
                .satisfies(refused("reason", "grants.amendment.reasonRequired"));
        assertThatThrownBy(() -> service.requestBudgetShift(g.getId(), Map.of(firm, Map.of(2027, new BigDecimal("159794.80"))), "top-up"))
                .as("a top-up is not an amendment").satisfies(refused("amounts", "grants.amendment.topUp"));
        assertThatThrownBy(() -> service.requestBudgetShift(g.getId(), Map.of(firm, Map.of(2027, new BigDecimal("139794.80"))), "cut"))
                .satisfies(refused("amounts", "grants.amendment.totalNotKept"));
        assertThatThrownBy(() -> service.requestBudgetShift(g.getId(), Map.of(lab, Map.of(2027, new BigDecimal("-10")),
                firm, Map.of(2027, new BigDecimal("149804.80"))), "negative"))
                .satisfies(refused(AgreementSnapshot.field(lab, 2027), "grants.amendment.amountNegative"));
        assertThatThrownBy(() -> service.requestBudgetShift(g.getId(), Map.of(newcomer, Map.of(2027, BigDecimal.ONE)), "stranger"))
                .satisfies(refused("amounts", "grants.amendment.notAPartner"));
        assertThatThrownBy(() -> service.requestBudgetShift(g.getId(), Map.of(firm, Map.of(2030, BigDecimal.ONE)), "outside"))
                .satisfies(refused(AgreementSnapshot.field(firm, 2030), "grants.amendment.yearOutside"));
        assertThatThrownBy(() -> service.requestPartnerChange(g.getId(), newcomer, firm, null, "stranger leaves"))
                .satisfies(refused("leaving", "grants.amendment.notAPartner"));
        // 90 000 already paid on 2026: the year may not drop to 80 684.00
        assertThatThrownBy(() -> service.requestBudgetShift(g.getId(), Map.of(firm, Map.of(2026, new BigDecimal("55513.00"),
                2027, new BigDecimal("169794.80"))), "later"))
                .satisfies(refused("amounts", "grants.amendment.belowPaid"));
        assertThat(jdbc().queryForObject("select count(*) from grants_amendment", Integer.class)).isZero();
        assertThat(jdbc().queryForObject("select count(*) from grants_agreement_version", Integer.class)).isZero();
        assertThat(current(g.getId())).isEqualTo(before);

        actAs("committee@example.org");
        assertThatThrownBy(() -> service.requestEndDate(g.getId(), LocalDate.of(2028, 12, 31), "committee may not request"))
                .isInstanceOf(AccessDeniedException.class);
    }
}

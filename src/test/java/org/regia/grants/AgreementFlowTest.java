package org.regia.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Funding decision → grant with its draft agreement (GrantAwarded once) → sign-off → commitment through the ledger. */
@RecordApplicationEvents
class AgreementFlowTest extends IntegrationTest {

    static final String LINE = "12.021.38.09.3132";

    @Autowired
    AgreementService agreements;
    @Autowired
    GrantService grants;
    @Autowired
    FinanceLedger ledger;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEvents events;

    UUID firm;
    UUID lab;

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
        organisations.affiliateUser(accounts.byEmail("ann@example.org").orElseThrow().getId(), "Ann", "ann@example.org",
                firm, AffiliationRole.LEGAL_REPRESENTATIVE);
    }

    /** Two-year project, 1/7/2026–30/6/2028 (731 days), coordinator 300 000 and partner 100 000. */
    private FundingDecided decision(UUID decisionId) {
        return new FundingDecided(decisionId, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "APP-2026-0042",
                "Urban freight digital twin", true, Instant.parse("2026-05-12T10:00:00Z"),
                LocalDate.of(2026, 7, 1), LocalDate.of(2028, 6, 30),
                List.of(new FundingDecided.PartnerAward(firm, true, new BigDecimal("300000.00")),
                        new FundingDecided.PartnerAward(lab, false, new BigDecimal("100000.00"))));
    }

    @Test
    void aPublishedFundingDecisionCreatesOneGrantWithItsAgreementEvenWhenRedelivered() {
        UUID decisionId = UUID.randomUUID();
        tx.executeWithoutResult(s -> publisher.publishEvent(decision(decisionId)));
        await().atMost(Duration.ofSeconds(20)).until(() -> agreements.byDecision(decisionId).isPresent());
        tx.executeWithoutResult(s -> publisher.publishEvent(decision(decisionId)));
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(20)).until(() -> jdbc().queryForObject(
                "select count(*) from event_publication where completion_date is null", Long.class) == 0);
        assertThat(jdbc().queryForObject("select count(*) from grants_grant where decision_id = ?", Long.class, decisionId)).isEqualTo(1);

        Grant g = tx.execute(s -> {
            Grant x = agreements.byDecision(decisionId).orElseThrow();
            x.allocations();
            x.instalments().size();
            x.reports().size();
            return x;
        });
        assertThat(g.getReference()).matches("RG-2026-\\d{4}");
        assertThat(g.getOrganisationId()).isEqualTo(firm);
        assertThat(g.getAwarded()).isEqualByComparingTo("400000");
        assertThat(g.getAgreementState()).isEqualTo(Grant.AgreementState.DRAFT);
        // pro rata days: 2026 has 184 of the 731 days, 2027 has 365, the last year takes the rest (cents exact)
        assertThat(g.allocations()).extracting(Grant.Allocation::organisationId, Grant.Allocation::year, a -> a.amount().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(firm, 2026, "75513.00"),
                        org.assertj.core.groups.Tuple.tuple(firm, 2027, "149794.80"),
                        org.assertj.core.groups.Tuple.tuple(firm, 2028, "74692.20"),
                        org.assertj.core.groups.Tuple.tuple(lab, 2026, "25171.00"),
                        org.assertj.core.groups.Tuple.tuple(lab, 2027, "49931.60"),
                        org.assertj.core.groups.Tuple.tuple(lab, 2028, "24897.40"));
        // one progress report after 12 months, the final report 3 months after the end
        assertThat(g.reports()).containsExactly(new Grant.ReportDue(Grant.ReportKind.PROGRESS, LocalDate.of(2027, 7, 1)),
                new Grant.ReportDue(Grant.ReportKind.FINAL, LocalDate.of(2028, 9, 30)));
        // 30 % advance at signature, 50 % after the progress report, 20 % balance after the final report
        assertThat(g.instalments()).extracting(Grant.Instalment::kind, i -> i.amount().toPlainString(), Grant.Instalment::reportNo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Grant.InstalmentKind.ADVANCE, "120000.00", null),
                        org.assertj.core.groups.Tuple.tuple(Grant.InstalmentKind.INSTALMENT, "200000.00", 1),
                        org.assertj.core.groups.Tuple.tuple(Grant.InstalmentKind.BALANCE, "80000.00", 2));
    }

    @Test
    void rejectionsCreateNoGrant() {
        FundingDecided d = decision(UUID.randomUUID());
        FundingDecided rejected = new FundingDecided(d.decisionId(), d.applicationId(), d.callId(), d.programmeId(),
                d.receiptNumber(), d.title(), false, d.decidedAt(), null, null, List.of());
        assertThatThrownBy(() -> grants.fromDecision(rejected))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("grants.decision.nothingAwarded"));
        assertThat(jdbc().queryForObject("select count(*) from grants_grant", Long.class)).isZero();
    }

    @Test
    void instituteCabinetAndBeneficiarySignTheAgreementAndTheAwardIsAnnouncedOnce() {
        Grant g = grants.fromDecision(decision(UUID.randomUUID()));
        assertThat(g.getAgreementState()).isEqualTo(Grant.AgreementState.DRAFT);
        assertThat(events.stream(GrantAwarded.class)).as("the Government's decision is the award").hasSize(1);
        actAs("bob@example.org");
        assertThatThrownBy(() -> agreements.sign(g.getId(), Grant.Signatory.BENEFICIARY)).as("not a member of the firm")
                .isInstanceOf(AccessDeniedException.class);
        actAs("officer@example.org");
        assertThatThrownBy(() -> agreements.sign(g.getId(), Grant.Signatory.CABINET)).isInstanceOf(AccessDeniedException.class);
        agreements.sign(g.getId(), Grant.Signatory.INSTITUTE);
        assertThatThrownBy(() -> agreements.sign(g.getId(), Grant.Signatory.INSTITUTE))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("grants.signoff.already"));
        actAs("admin@example.org");
        agreements.sign(g.getId(), Grant.Signatory.CABINET);
        assertThat(agreements.get(g.getId()).getAgreementState()).isEqualTo(Grant.AgreementState.DRAFT);
        actAs("ann@example.org");
        Grant signed = agreements.sign(g.getId(), Grant.Signatory.BENEFICIARY);

        assertThat(signed.getAgreementState()).isEqualTo(Grant.AgreementState.SIGNED);
        assertThat(signed.signOffTrail()).containsOnlyKeys(Grant.Signatory.values());
        assertThat(signed.signedBy(Grant.Signatory.BENEFICIARY).signedBy()).isEqualTo("ann@example.org");
        assertThat(signed.signedBy(Grant.Signatory.INSTITUTE).evidence()).startsWith("approval:sha256=");
        assertThat(jdbc().queryForObject("select count(*) from grants_signoff where grant_id = ?", Long.class, g.getId())).isEqualTo(3);
        assertThat(signed.getSignedAt()).isNotNull();
        assertThat(events.stream(GrantAwarded.class)).as("signing announces no second award").singleElement().satisfies(e -> {
            assertThat(e.grantId()).isEqualTo(g.getId());
            assertThat(e.organisationId()).isEqualTo(firm);
            assertThat(e.awarded()).isEqualByComparingTo("400000");
            assertThat(e.awardedAt()).isEqualTo(g.getAwardedAt());
        });
    }

    @Test
    void theAgreementIsCommittedPerYearThroughTheLedgerAndNeverAboveTheCreditWithoutARecordedOverride() {
        Grant g = grants.fromDecision(decision(UUID.randomUUID()));
        actAs("finance@example.org");
        ledger.addCredit(LINE, 2026, new BigDecimal("1000000"));
        ledger.addCredit(LINE, 2027, new BigDecimal("1000000"));
        ledger.addCredit(LINE, 2028, new BigDecimal("50000"));
        assertThatThrownBy(() -> agreements.commitAgreement(g.getId(), LINE, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("grants.commit.aboveCredit"));
        assertThat(ledger.figures(LINE, 2026).committed()).as("all years or none").isEqualByComparingTo("0");
        assertThatThrownBy(() -> agreements.commitAgreement(g.getId(), "12.021.38.3132", null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("grants.budgetLine.invalid"));

        agreements.commitAgreement(g.getId(), LINE, "Credit 2028 to be raised in the budget adjustment");
        assertThat(ledger.figures(LINE, 2026).committed()).isEqualByComparingTo("100684.00");
        assertThat(ledger.figures(LINE, 2027).committed()).isEqualByComparingTo("199726.40");
        assertThat(ledger.figures(LINE, 2028).committed()).isEqualByComparingTo("99589.60");
        assertThat(jdbc().queryForList("select override_reason from grants_ledger where kind = 'COMMITMENT' and override_reason is not null", String.class))
                .containsExactly("Credit 2028 to be raised in the budget adjustment");
    }

    @Test
    void theAgreementPdfIsInFrenchOrDutchAndOnlyForItsParties() throws Exception {
        Grant g = grants.fromDecision(decision(UUID.randomUUID()));
        actAs("ann@example.org");
        String fr = text(agreements.pdf(g.getId(), Locale.FRENCH));
        assertThat(fr).contains("Convention de subvention " + g.getReference(), "Zinneke Software BV", "Laboratoire Iris ASBL",
                "Avance", "Solde", "Rapport final", "30/09/2028");
        String nl = text(agreements.pdf(g.getId(), new Locale("nl")));
        assertThat(nl).contains("Subsidieovereenkomst " + g.getReference(), "Voorschot", "Eindrapport");
        actAs("bob@example.org");
        assertThatThrownBy(() -> agreements.pdf(g.getId(), Locale.FRENCH)).isInstanceOf(AccessDeniedException.class);
    }

    private static String text(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
        }
    }
}

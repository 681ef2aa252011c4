package org.regia.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regia.catalogue.FinderProfile;
import org.regia.catalogue.InnovationDomain;
import org.regia.catalogue.InnovationPhase;
import org.regia.catalogue.SupportNeed;
import org.regia.identity.Role;
import org.regia.organisations.AffiliationRole;
import org.regia.organisations.OrganisationDetails;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.organisations.YearFigures;
import org.regia.shared.DomainException;
import org.regia.shared.EnterpriseNumber;
import org.regia.shared.LocalizedText;
import org.regia.shared.Money;
import org.regia.stateaid.DeMinimisLedger;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class DirectoryFlowTest extends IntegrationTest {

    @Autowired
    DirectoryService directory;
    @Autowired
    OrganisationService organisations;
    @Autowired
    DeMinimisLedger deMinimis;

    UUID ibra;
    UUID fablab;
    UUID zinneke;
    UUID bigCorp;

    @BeforeEach
    void ecosystem() {
        createUser("officer@example.org", Role.PROGRAMME_OFFICER);
        createUser("finance@example.org", Role.FINANCE_OFFICER);
        createUser("lab@example.org");
        createUser("fab@example.org");
        createUser("firm@example.org", Role.APPLICANT);
        actAs("officer@example.org");
        ibra = org("Institut bruxellois de recherche appliquée ASBL", OrganisationType.RESEARCH_CENTRE, "04445566");
        fablab = org("Fablab Anderlecht ASBL", OrganisationType.NON_PROFIT, "08123456");
        zinneke = org("Zinneke Software BV", OrganisationType.COMPANY, "07112233");
        bigCorp = org("Greenroof Engineering SRL", OrganisationType.COMPANY, "07998877");
        organisations.recordFigures(zinneke, new YearFigures(2025, new BigDecimal("8"), new BigDecimal("1500000"), null));
        organisations.recordFigures(bigCorp, new YearFigures(2025, new BigDecimal("310"), new BigDecimal("72000000"), new BigDecimal("60000000")));
        link("lab@example.org", ibra);
        link("fab@example.org", fablab);
        link("firm@example.org", zinneke);
        link("firm@example.org", bigCorp);
    }

    private UUID org(String name, OrganisationType type, String prefix) {
        return organisations.create(new OrganisationDetails(name, null, type, EnterpriseNumber.fromPrefix(prefix).digits(),
                "Rue 1", "1000", null, "BE", null, null)).getId();
    }

    private void link(String email, UUID org) {
        organisations.affiliateUser(accounts.byEmail(email).orElseThrow().getId(), email, email, org, AffiliationRole.CONTACT);
    }

    private EcosystemActor labWithService() {
        actAs("lab@example.org");
        EcosystemActor lab = directory.register(ibra, "IBRA", ActorType.RECOGNISED_RESEARCH_CENTRE,
                LocalizedText.of("Centre de recherche appliquée", "Toegepast onderzoekscentrum"), null, "contact@ibra.example", null);
        directory.addOffering(lab.getId(), LocalizedText.of("Essais de matériaux", "Materiaaltesten"), null,
                Set.of(FinderProfile.SME), Set.of(InnovationPhase.VALIDATION, InnovationPhase.DEVELOPMENT),
                Set.of(InnovationDomain.CLIMATE_BUILDINGS, InnovationDomain.RESOURCES), Set.of(SupportNeed.LAB_SERVICE), new BigDecimal("4500"));
        actAs("fab@example.org");
        EcosystemActor fab = directory.register(fablab, "FabAnd", ActorType.FABLAB,
                LocalizedText.of("Fablab", "Fablab"), null, "hello@fab.example", null);
        directory.addOffering(fab.getId(), LocalizedText.of("Prototypage", "Prototyping"), null, Set.of(), Set.of(InnovationPhase.IDEATION),
                Set.of(), Set.of(SupportNeed.LAB_SERVICE), null);
        actAs("officer@example.org");
        directory.validate(lab.getId());
        directory.validate(fab.getId());
        return directory.actor(lab.getId());
    }

    @Test
    void entriesArePublicOnlyOnceValidatedAndOnlyTheirOwnPeopleEditThem() {
        actAs("lab@example.org");
        EcosystemActor lab = directory.register(ibra, "IBRA", ActorType.RECOGNISED_RESEARCH_CENTRE, null, null, "contact@ibra.example", null);
        assertThat(directory.published()).isEmpty();
        actAs("fab@example.org");
        assertThatThrownBy(() -> directory.update(lab.getId(), "Hijacked", ActorType.FABLAB, null, null, "x@y.example", null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.validate(lab.getId())).isInstanceOf(AccessDeniedException.class);
        actAs("officer@example.org");
        directory.validate(lab.getId());
        assertThat(directory.published()).extracting(EcosystemActor::getName).containsExactly("IBRA");
        // a change by the actor sends it back for validation
        actAs("lab@example.org");
        directory.update(lab.getId(), "IBRA", ActorType.RECOGNISED_RESEARCH_CENTRE, null, null, "info@ibra.example", null, "Open day 12/3");
        assertThat(directory.actor(lab.getId()).getStatus()).isEqualTo(ActorStatus.PENDING_VALIDATION);
        assertThat(directory.actor(lab.getId()).getName()).isEqualTo("IBRA");
    }

    @Test
    void anSmeNeedingALabServiceFindsTheResearchCentreFirstWithReasons() {
        labWithService();
        actAs("firm@example.org");
        Need need = new Need(FinderProfile.SME, InnovationPhase.VALIDATION, InnovationDomain.CLIMATE_BUILDINGS, SupportNeed.LAB_SERVICE,
                "We need fire tests of a new insulation panel.");
        DirectoryService.Proposals proposals = directory.propose(need, Locale.ENGLISH);
        assertThat(proposals.offerings()).extracting(p -> p.actor().getName()).containsExactly("IBRA", "FabAnd");
        ActorMatching.Proposal best = proposals.offerings().get(0);
        assertThat(best.reasonsFor()).extracting(r -> r.getCodes()[0])
                .contains("directory.reason.need", "directory.reason.targetGroup", "directory.reason.phase", "directory.reason.domain");
        assertThat(best.reasonsAgainst()).isEmpty();
        assertThat(proposals.offerings().get(1).reasonsAgainst()).extracting(r -> r.getCodes()[0]).contains("directory.reason.notPhase");
        assertThat(directory.search("essais", null, null, null, null, null)).extracting(EcosystemActor::getName).containsExactly("IBRA");
        assertThat(directory.search(null, null, InnovationPhase.IDEATION, null, null, null)).extracting(EcosystemActor::getName).containsExactly("FabAnd");
    }

    @Test
    void aReferralIsTrackedToItsOutcome() {
        EcosystemActor lab = labWithService();
        actAs("firm@example.org");
        Need need = new Need(FinderProfile.SME, InnovationPhase.VALIDATION, null, SupportNeed.LAB_SERVICE, "Fire tests");
        Referral r = directory.refer(zinneke, need, List.of(lab.getId())).get(0);
        assertThat(r.getState()).isEqualTo(Referral.State.SENT);
        // the firm cannot accept on the actor's behalf
        assertThatThrownBy(() -> directory.move(r.getId(), Referral.State.ACCEPTED, null)).isInstanceOf(AccessDeniedException.class);
        actAs("lab@example.org");
        assertThat(directory.referralsReceived()).extracting(Referral::getId).containsExactly(r.getId());
        assertThatThrownBy(() -> directory.move(r.getId(), Referral.State.SERVICE_DELIVERED, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("directory.referral.transition"));
        directory.move(r.getId(), Referral.State.ACCEPTED, null);
        directory.move(r.getId(), Referral.State.CONTACTED, "call on Monday");
        directory.move(r.getId(), Referral.State.SERVICE_DELIVERED, null);
        actAs("firm@example.org");
        Referral done = directory.move(r.getId(), Referral.State.LED_TO_APPLICATION, "applied to Innovation Voucher");
        assertThat(done.getSteps()).extracting(Referral.Step::getState).containsExactly(Referral.State.SENT, Referral.State.ACCEPTED,
                Referral.State.CONTACTED, Referral.State.SERVICE_DELIVERED, Referral.State.LED_TO_APPLICATION);
        assertThat(done.getState().next()).isEmpty();
    }

    @Test
    void aReferralToAnInactiveActorIsRefusedAndNothingIsSent() {
        EcosystemActor lab = labWithService();
        actAs("officer@example.org");
        UUID fab = directory.published().stream().filter(a -> a.getName().equals("FabAnd")).findFirst().orElseThrow().getId();
        directory.deactivate(fab);
        actAs("firm@example.org");
        Need need = new Need(FinderProfile.SME, null, null, SupportNeed.LAB_SERVICE, "Prototype");
        assertThatThrownBy(() -> directory.refer(zinneke, need, List.of(lab.getId(), fab)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("directory.referral.inactiveActor"));
        assertThat(jdbc().queryForObject("select count(*) from directory_referral", Integer.class)).isZero();
        assertThatThrownBy(() -> directory.refer(ibra, need, List.of(lab.getId()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAccountantAsksOnBehalfOfAFirmAndActorsListTheInstrumentsTheyGiveAccessTo() {
        EcosystemActor lab = labWithService();
        actAs("firm@example.org");
        Referral r = directory.refer(zinneke, new Need(FinderProfile.SME, null, null, SupportNeed.LAB_SERVICE, "tests"),
                List.of(lab.getId()), "Boulangerie Dupont SRL, 02 555 12 34").get(0);
        assertThat(r.getOnBehalfOf()).isEqualTo("Boulangerie Dupont SRL, 02 555 12 34");
        actAs("lab@example.org");
        assertThatThrownBy(() -> directory.giveAccessTo(lab.getId(), List.of("NO-SUCH-PROGRAMME")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("directory.actor.unknownProgramme"));
        assertThat(directory.actor(lab.getId()).getInstruments()).isEmpty();
    }

    @Test
    void declineNeedsAReason() {
        EcosystemActor lab = labWithService();
        actAs("firm@example.org");
        Referral r = directory.refer(zinneke, new Need(FinderProfile.SME, null, null, SupportNeed.LAB_SERVICE, "x"), List.of(lab.getId())).get(0);
        actAs("lab@example.org");
        assertThatThrownBy(() -> directory.move(r.getId(), Referral.State.DECLINED, " "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("comment"));
        assertThat(directory.move(r.getId(), Referral.State.DECLINED, "fully booked until June").getState()).isEqualTo(Referral.State.DECLINED);
    }

    @Test
    void theNeedsBoardIsAnonymisedAndKnowledgeInstitutionsAnswer() {
        EcosystemActor lab = labWithService();
        actAs("firm@example.org");
        PostedNeed posted = directory.post(zinneke, "software", new Need(FinderProfile.SME, InnovationPhase.IDEATION, InnovationDomain.DIGITAL,
                SupportNeed.COLLABORATION, "Looking for a partner in computer vision"));
        assertThat(directory.isMine(posted)).isTrue();
        actAs("lab@example.org");
        assertThat(directory.isMine(directory.openNeeds().get(0))).isFalse();
        directory.answer(posted.getId(), lab.getId(), "We have a vision lab, let us talk.");
        assertThat(directory.openNeeds().get(0).getAnswers()).extracting(PostedNeed.Answer::getActorName).containsExactly("IBRA");
    }

    @Test
    void theOverlapViewShowsWhereActorsCrowdAndWhereNobodyServes() {
        labWithService();
        var grid = directory.overlap(FinderProfile.SME);
        assertThat(grid.get(InnovationPhase.VALIDATION).get(InnovationDomain.CLIMATE_BUILDINGS)).containsExactly("IBRA");
        assertThat(grid.get(InnovationPhase.IDEATION).get(InnovationDomain.HEALTH)).isEmpty();
        assertThat(directory.overlap(FinderProfile.SCHOOL).get(InnovationPhase.VALIDATION).get(InnovationDomain.CLIMATE_BUILDINGS)).isEmpty();
    }

    @Test
    void voucherEndToEndCountsInTheDeMinimisRegister() {
        EcosystemActor lab = labWithService();
        actAs("officer@example.org");
        directory.recognise(lab.getId(), LocalDate.now().minusYears(1), LocalDate.now().plusYears(1));
        actAs("firm@example.org");
        Voucher v = directory.requestVoucher(zinneke, lab.getId(), "Fire tests of the insulation panel", Money.eur("9800"));
        assertThat(v.getReference()).startsWith("IV-");
        actAs("officer@example.org");
        directory.approveVoucher(v.getId());
        actAs("lab@example.org");
        directory.deliverVoucher(v.getId());
        assertThatThrownBy(() -> directory.invoiceVoucher(v.getId(), "F-2026-12", Money.eur("9800.01")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("invoicedAmount"));
        directory.invoiceVoucher(v.getId(), "F-2026-12", Money.eur("9800"));
        actAs("finance@example.org");
        assertThat(directory.payVoucher(v.getId()).getState()).isEqualTo(Voucher.State.PAID);
        assertThat(directory.voucherFigures()).singleElement().satisfies(f -> {
            assertThat(f.state()).isEqualTo(Voucher.State.PAID);
            assertThat(f.count()).isEqualTo(1);
            assertThat(f.amount()).isEqualTo(Money.eur("9800"));
        });
        assertThat(deMinimis.history(EnterpriseNumber.fromPrefix("07112233")))
                .singleElement().satisfies(a -> {
                    assertThat(a.getAmount()).isEqualTo(Money.eur("9800"));
                    assertThat(a.getReference()).isEqualTo(v.getReference());
                });
    }

    @Test
    void voucherRulesCeilingRecognisedProviderExpiredRecognitionSmeOnly() {
        EcosystemActor lab = labWithService();
        actAs("firm@example.org");
        // not recognised at all
        assertThatThrownBy(() -> directory.requestVoucher(zinneke, lab.getId(), "tests", Money.eur("5000")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("directory.voucher.notRecognised"));
        actAs("officer@example.org");
        directory.recognise(lab.getId(), LocalDate.now().minusYears(3), LocalDate.now().minusDays(1));
        actAs("firm@example.org");
        // recognition expired yesterday
        assertThatThrownBy(() -> directory.requestVoucher(zinneke, lab.getId(), "tests", Money.eur("5000")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("directory.voucher.notRecognised"));
        actAs("officer@example.org");
        directory.recognise(lab.getId(), LocalDate.now(), LocalDate.now().plusYears(2));
        actAs("firm@example.org");
        // the ceiling: 10,000 fits, one cent more does not
        assertThatThrownBy(() -> directory.requestVoucher(zinneke, lab.getId(), "tests", Money.eur("10000.01")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("directory.voucher.ceiling"));
        assertThat(directory.requestVoucher(zinneke, lab.getId(), "tests", Money.eur("10000")).getState()).isEqualTo(Voucher.State.REQUESTED);
        // a large company gets no voucher
        assertThatThrownBy(() -> directory.requestVoucher(bigCorp, lab.getId(), "tests", Money.eur("5000")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("directory.voucher.notSme"));
        assertThat(jdbc().queryForObject("select count(*) from directory_voucher", Integer.class)).isEqualTo(1);
    }
}

package org.regia.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regia.identity.Role;
import org.regia.organisations.OrganisationType;
import org.regia.organisations.SizeClass;
import org.regia.shared.DomainException;
import org.regia.shared.LocalizedText;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

@RecordApplicationEvents
class CatalogueServiceTest extends IntegrationTest {

    static final String OFFICER = "officer@catalogue.test";

    @Autowired
    CatalogueService catalogue;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ProgrammeRepository programmes;

    @BeforeEach
    void seed() {
        createUser(OFFICER, Role.PROGRAMME_OFFICER);
        createUser("applicant@catalogue.test", Role.APPLICANT);
        actAs(OFFICER);
        assertThat(catalogue.loadProgrammes2023IfEmpty()).isGreaterThanOrEqualTo(20);
    }

    static List<String> codes(List<Programme> list) {
        return list.stream().map(Programme::getCode).toList();
    }

    @Test
    void fullTextSearchInFrenchUsesFrenchStemming() {
        // "brevet" (singular) finds "Brevets"; "faisabilité" finds the feasibility-type programmes
        assertThat(codes(catalogue.search(new CatalogueFilter("brevet", null, null, null, null, null, null, false), Locale.FRENCH)))
                .contains("patents");
        assertThat(codes(catalogue.search(new CatalogueFilter("faisabilité", null, null, null, null, null, null, false), Locale.FRENCH)))
                .contains("feasibility-study", "circular-innovation");
        assertThat(codes(catalogue.search(new CatalogueFilter("écoles scientifique", null, null, null, null, null, null, false), Locale.FRENCH)))
                .containsExactly("science-cheque");
    }

    @Test
    void fullTextSearchInDutchUsesDutchStemming() {
        // "octrooi" (singular) finds "Octrooien"; "scholen" finds the Wetenschapscheque
        assertThat(codes(catalogue.search(new CatalogueFilter("octrooi", null, null, null, null, null, null, false), Locale.forLanguageTag("nl"))))
                .containsExactly("patents");
        assertThat(codes(catalogue.search(new CatalogueFilter("scholen", null, null, null, null, null, null, false), Locale.forLanguageTag("nl"))))
                .containsExactly("science-cheque");
        assertThat(codes(catalogue.search(new CatalogueFilter("haalbaarheid", null, null, null, null, null, null, false), Locale.forLanguageTag("nl"))))
                .contains("feasibility-study");
    }

    @Test
    void filtersCombineWithSearch() {
        assertThat(codes(catalogue.search(new CatalogueFilter(null, null, null, null, OrganisationType.SCHOOL, null, null, false), Locale.FRENCH)))
                .containsExactly("science-cheque");
        assertThat(codes(catalogue.search(new CatalogueFilter(null, InnovationPhase.DEVELOPMENT, Track.ACADEMIA, null, null, 6, null, false), Locale.ENGLISH)))
                .containsExactlyInAnyOrder("spin-off", "experimental-platform", "joint-rd");
        assertThat(codes(catalogue.search(new CatalogueFilter(null, null, null, InnovationDomain.SOCIAL_INNOVATION, null, null, InstrumentKind.GRANT, false), Locale.ENGLISH)))
                .contains("prove-your-social-innovation", "co-creation").doesNotContain("science-cheque");
        assertThat(codes(catalogue.search(new CatalogueFilter(null, null, null, null, null, null, InstrumentKind.PRIZE, false), Locale.ENGLISH)))
                .containsExactly("innovative-starters-award");
    }

    @Test
    void callLifecycleIsPersistedAndAudited() {
        Programme rd = catalogue.programmeByCode("rd-projects");
        Instant now = catalogue.now();
        Call call = catalogue.createCall(rd.getId(), new CallDetails(LocalizedText.of("Appel R&D", "Oproep O&O"), null,
                CallMode.DEADLINE, now.minusSeconds(3600), now.plusSeconds(86_400 * 30), 2, new BigDecimal("30001"),
                null, "Critères R&D 2026", List.of(now.plusSeconds(86_400))));
        catalogue.moveCall(call.getId(), CallState.PUBLISHED);
        assertThatThrownBy(() -> catalogue.moveCall(call.getId(), CallState.OPEN)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("catalogue.call.eoTestRequired");
        assertThat(catalogue.call(call.getId()).getState()).isEqualTo(CallState.PUBLISHED);
        catalogue.recordEqualOpportunitiesTest(call.getId(), "Does the call affect women and men differently?", "No; mixed juries.");
        catalogue.moveCall(call.getId(), CallState.OPEN);
        Call open = catalogue.call(call.getId());
        assertThat(open.getEqualOpportunities().author()).isEqualTo(OFFICER);
        assertThat(open.getInfoSessions()).hasSize(1);
        assertThat(catalogue.isCallOpen(call.getId(), now)).isTrue();
        assertThat(catalogue.isCallOpen(call.getId(), now.plusSeconds(86_400 * 31))).isFalse();
        assertThat(catalogue.isCallOpen(UUID.randomUUID(), now)).isFalse();
        assertThat(catalogue.applicationCount(call.getId())).isZero();
        assertThat(catalogue.openCalls()).extracting(Call::getId).containsExactly(call.getId());
        assertThat(events.stream(CallStateChanged.class)).extracting(CallStateChanged::to)
                .containsExactly(CallState.PUBLISHED, CallState.OPEN);
        ProgrammeEligibility rules = catalogue.eligibilityForCall(call.getId());
        assertThat(rules.admits(OrganisationType.COMPANY, SizeClass.LARGE)).isTrue();
        assertThat(rules.admits(OrganisationType.SCHOOL, null)).isFalse();
        assertThat(jdbc().queryForObject("select count(*) from funding_call_aud where id = ?", Integer.class, call.getId()))
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void badCallInputChangesNothing() {
        Programme rd = catalogue.programmeByCode("rd-projects");
        Instant now = catalogue.now();
        assertThatThrownBy(() -> catalogue.createCall(rd.getId(), new CallDetails(LocalizedText.of("a", "b"), null,
                CallMode.DEADLINE, now, now.minusSeconds(1), 1, BigDecimal.ONE, null, null, List.of())))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> catalogue.createCall(rd.getId(), new CallDetails(LocalizedText.of("a", "b"), null,
                CallMode.PERMANENT, null, null, 1, new BigDecimal("-1"), null, null, List.of())))
                .isInstanceOf(DomainException.class);
        assertThat(jdbc().queryForObject("select count(*) from funding_call", Integer.class)).isZero();
        Call draft = catalogue.createCall(rd.getId(), new CallDetails(LocalizedText.of("a", "b"), null,
                CallMode.PERMANENT, null, null, 1, BigDecimal.ONE, null, null, List.of()));
        assertThatThrownBy(() -> catalogue.moveCall(draft.getId(), CallState.PUBLISHED)).isInstanceOf(DomainException.class);
        assertThat(jdbc().queryForObject("select state from funding_call", String.class)).isEqualTo("DRAFT");
    }

    @Test
    void duplicateCodeIsAFieldErrorAndOnlyOfficersMayChangeTheCatalogue() {
        ProgrammeDetails copy = catalogue.programmeByCode("patents").details();
        assertThatThrownBy(() -> catalogue.createProgramme(copy)).isInstanceOf(DomainException.class)
                .extracting("field").isEqualTo("code");
        actAs("applicant@catalogue.test");
        assertThatThrownBy(() -> catalogue.setProgrammeActive(catalogue.programmeByCode("patents").getId(), false))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    @Test
    void editingAProgrammeKeepsItsHistory() {
        Programme patents = catalogue.programmeByCode("patents");
        ProgrammeDetails d = patents.details();
        ProgrammeDetails changed = new ProgrammeDetails(d.code(), d.name(), d.description(), d.kind(), d.phases(),
                d.tracks(), TrlRange.of(3, 6), d.beneficiaryTypes(), d.sizeClasses(), d.domains(), d.needs(),
                d.legalBasis(), java.util.Set.of("12 021 38 09 3132"), d.funding());
        Programme saved = catalogue.updateProgramme(patents.getId(), patents.getVersion(), changed);
        assertThat(saved.getTrl().min()).isEqualTo(3);
        assertThat(saved.getBudgetLines()).containsExactly("12.021.38.09.3132");
        assertThat(jdbc().queryForObject("select count(*) from programme_aud where id = ?", Integer.class, patents.getId()))
                .isEqualTo(2);
    }

    /**
     * The one-statement read of a call's rules (used by every submission) says what the entities say, for a call of
     * each of the 2023 programmes (their beneficiary types, size classes, TRL ranges, domains and amounts differ), and
     * its window answers as the call does at the edges.
     */
    @Test
    void callRulesReadInOneStatementMatchTheCallAndItsProgramme() {
        Instant now = catalogue.now();
        for (Programme p : programmes.findAll()) {
            Call call = catalogue.createCall(p.getId(), new CallDetails(LocalizedText.of("Appel " + p.getCode(), "Oproep"), null,
                    CallMode.DEADLINE, now.minusSeconds(60), now.plusSeconds(3600), 1, BigDecimal.ONE, null, "Critères", List.of()));
            CallRules rules = catalogue.callRules(call.getId()).orElseThrow();
            assertThat(rules.programme()).as(p.getCode()).isEqualTo(ProgrammeEligibility.of(catalogue.programme(p.getId())));
            assertThat(rules.state()).isEqualTo(CallState.DRAFT);
            assertThat(rules.isOpenAt(now)).isFalse(); // a draft is not open
        }
        Call call = catalogue.createCall(catalogue.programmeByCode("innovation-voucher").getId(), new CallDetails(
                LocalizedText.of("Chèques", "Cheques"), null, CallMode.DEADLINE, now.minusSeconds(60), now.plusSeconds(3600), 1,
                BigDecimal.ONE, null, "Critères", List.of()));
        catalogue.moveCall(call.getId(), CallState.PUBLISHED);
        catalogue.moveCall(call.getId(), CallState.OPEN);
        CallRules open = catalogue.callRules(call.getId()).orElseThrow();
        Call entity = catalogue.call(call.getId());
        for (Instant t : List.of(entity.getOpensAt().minusNanos(1000), entity.getOpensAt(), now,
                entity.getClosesAt().minusNanos(1000), entity.getClosesAt())) {
            assertThat(open.isOpenAt(t)).as(t.toString()).isEqualTo(entity.isOpenAt(t));
        }
        assertThat(open.isOpenAt(entity.getClosesAt())).isFalse();
        assertThat(open.closesAt()).isEqualTo(entity.getClosesAt());
        assertThat(catalogue.callRules(UUID.randomUUID())).isEmpty();
    }
}

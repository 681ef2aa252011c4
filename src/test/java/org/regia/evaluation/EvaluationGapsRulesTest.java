package org.regia.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regia.evaluation.AssignmentFixtures.TODAY;
import static org.regia.evaluation.AssignmentFixtures.app;
import static org.regia.evaluation.AssignmentFixtures.expert;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regia.shared.ClockConfiguration;
import org.regia.shared.DomainException;

/**
 * Domain rules of the remaining issue-5 steps: the Government's final decision after the committee's proposal
 * (DOMAIN.md §3 step 5: committee → proposal to the minister / Government → final decision), the gender rule checked
 * on manual swaps, the lead adviser's justified consensus, and an expert profile refused field by field.
 */
class EvaluationGapsRulesTest {

    static final UUID OFFICER = UUID.randomUUID();
    static final UUID COMMITTEE = UUID.randomUUID();
    static final Instant PROPOSED = LocalDate.of(2026, 11, 10).atTime(15, 0).atZone(ClockConfiguration.BRUSSELS).toInstant();
    static final LocalDate GOV_TODAY = LocalDate.of(2026, 11, 20);

    Decision proposedToMinister(Decision.Outcome outcome, boolean fundedByLine) {
        Decision d = new Decision(UUID.randomUUID(), UUID.randomUUID());
        d.record(outcome, outcome == Decision.Outcome.FUND ? new BigDecimal("50000") : null,
                (outcome == Decision.Outcome.FUND) != fundedByLine ? "Committee's reason." : null, fundedByLine,
                new BigDecimal("80000"), OFFICER, PROPOSED.minusSeconds(86_400));
        assertThat(d.getStatus()).isEqualTo(Decision.Status.PROPOSED);
        d.approve(COMMITTEE, PROPOSED);
        assertThat(d.getStatus()).isEqualTo(Decision.Status.PROPOSED_TO_MINISTER);
        return d;
    }

    @Test
    void theGovernmentDecidesBetweenTheCommitteeProposalAndTodayBothDaysIncluded() {
        Decision d = proposedToMinister(Decision.Outcome.FUND, true);
        assertThatThrownBy(() -> d.decideFinally(true, "AGRBC/1", LocalDate.of(2026, 11, 9), null, COMMITTEE, Instant.now(), GOV_TODAY))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).field()).isEqualTo("date");
        assertThatThrownBy(() -> d.decideFinally(true, "AGRBC/1", GOV_TODAY.plusDays(1), null, COMMITTEE, Instant.now(), GOV_TODAY))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).field()).isEqualTo("date");
        assertThatThrownBy(() -> d.decideFinally(null, "AGRBC/1", GOV_TODAY, null, COMMITTEE, Instant.now(), GOV_TODAY))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).field()).isEqualTo("adopted");
        assertThatThrownBy(() -> d.decideFinally(true, "x".repeat(101), GOV_TODAY, null, COMMITTEE, Instant.now(), GOV_TODAY))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).field()).isEqualTo("reference");
        assertThat(d.isFinal()).isFalse();
        // the day of the committee's proposal itself is allowed
        d.decideFinally(true, " AGRBC/2026/117 ", LocalDate.of(2026, 11, 10), null, COMMITTEE, Instant.now(), GOV_TODAY);
        assertThat(d.getStatus()).isEqualTo(Decision.Status.FINAL);
        assertThat(d.getOutcome()).isEqualTo(Decision.Outcome.FUND);
        assertThat(d.getAmount()).isEqualByComparingTo("50000");
        assertThat(d.getGovernmentReference()).isEqualTo("AGRBC/2026/117");
        assertThatThrownBy(() -> d.decideFinally(true, "AGRBC/2", GOV_TODAY, null, COMMITTEE, Instant.now(), GOV_TODAY))
                .isInstanceOf(DomainException.class).hasMessageContaining("evaluation.decision.final");
    }

    @Test
    void theGovernmentCannotDecideBeforeTheCommitteeNorRefuseARejection() {
        Decision officerOnly = new Decision(UUID.randomUUID(), UUID.randomUUID());
        officerOnly.record(Decision.Outcome.REJECT, null, null, false, new BigDecimal("80000"), OFFICER, PROPOSED);
        assertThatThrownBy(() -> officerOnly.decideFinally(true, "AGRBC/1", GOV_TODAY, null, COMMITTEE, Instant.now(), GOV_TODAY))
                .isInstanceOf(DomainException.class).hasMessageContaining("evaluation.decision.notProposedToMinister");
        Decision rejected = proposedToMinister(Decision.Outcome.REJECT, false);
        assertThatThrownBy(() -> rejected.decideFinally(false, "AGRBC/1", GOV_TODAY, "No.", COMMITTEE, Instant.now(), GOV_TODAY))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).field()).isEqualTo("adopted");
    }

    @Test
    void aFundingProposalTheGovernmentDoesNotAdoptBecomesAJustifiedRejection() {
        Decision d = proposedToMinister(Decision.Outcome.FUND, true);
        assertThatThrownBy(() -> d.decideFinally(false, "AGRBC/9", GOV_TODAY, " ", COMMITTEE, Instant.now(), GOV_TODAY))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).field()).isEqualTo("reason");
        assertThat(d.getOutcome()).isEqualTo(Decision.Outcome.FUND);
        d.decideFinally(false, "AGRBC/9", GOV_TODAY, "Budget frozen.", COMMITTEE, Instant.now(), GOV_TODAY);
        assertThat(d.getOutcome()).isEqualTo(Decision.Outcome.REJECT);
        assertThat(d.getProposedOutcome()).isEqualTo(Decision.Outcome.FUND);
        assertThat(d.getAmount()).isNull();
        assertThat(d.getReason()).isEqualTo("Budget frozen.");
        assertThat(d.isAgainstLine()).isTrue(); // it was above the funding line
        assertThat(d.getGovernmentAdopted()).isFalse();
    }

    @Test
    void aSwapThatUnmixesAPanelIsReportedOnlyWhereThePoolAllowsAMixedPanel() {
        ApplicationProfile a = app("A", "fr", Set.of(), Set.of());
        ExpertProfile woman = expert("W", Gender.FEMALE, Set.of("fr"), Set.of(), Set.of(), 2);
        ExpertProfile man1 = expert("M1", Gender.MALE, Set.of("fr"), Set.of(), Set.of(), 2);
        ExpertProfile man2 = expert("M2", Gender.MALE, Set.of("fr"), Set.of(), Set.of(), 2);
        ExpertProfile dutchWoman = expert("NL", Gender.FEMALE, Set.of("nl"), Set.of(), Set.of(), 2);
        AssignmentProblem k2 = new AssignmentProblem(List.of(a), List.of(woman, man1, man2, dutchWoman), 2, Set.of(),
                ConflictOfInterestPolicy.DEFAULT, TODAY);
        var mixed = List.of(new AssignmentResult.Assignment(a.id(), woman.id(), 0), new AssignmentResult.Assignment(a.id(), man1.id(), 0));
        var men = List.of(new AssignmentResult.Assignment(a.id(), man1.id(), 0), new AssignmentResult.Assignment(a.id(), man2.id(), 0));
        assertThat(AssignmentRules.unmixedPanels(k2, mixed)).isEmpty();
        assertThat(AssignmentRules.unmixedPanels(k2, men)).extracting(AssignmentResult.Issue::messageKey)
                .containsExactly("evaluation.assignment.genderNotMixed");
        // without the French-speaking woman only men may review A: no gender issue
        AssignmentProblem noWoman = new AssignmentProblem(List.of(a), List.of(man1, man2, dutchWoman), 2, Set.of(),
                ConflictOfInterestPolicy.DEFAULT, TODAY);
        assertThat(AssignmentRules.unmixedPanels(noWoman, men)).isEmpty();
        // k = 1: a single reviewer cannot be mixed
        AssignmentProblem k1 = new AssignmentProblem(List.of(a), List.of(woman, man1), 1, Set.of(), ConflictOfInterestPolicy.DEFAULT, TODAY);
        assertThat(AssignmentRules.unmixedPanels(k1, List.of(new AssignmentResult.Assignment(a.id(), man1.id(), 0)))).isEmpty();
    }

    @Test
    void aConsensusScoreNeedsAJustification() {
        assertThatThrownBy(() -> new ConsensusScore(UUID.randomUUID(), "quality", 4, "  ", OFFICER, Instant.now()))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).field()).isEqualTo("justification");
        ConsensusScore cs = new ConsensusScore(UUID.randomUUID(), "quality", 4, " Agreed. ", OFFICER, Instant.now());
        assertThat(cs.getJustification()).isEqualTo("Agreed.");
    }

    @Test
    void anExpertProfileIsRefusedFieldByFieldAndNothingChanges() {
        Expert e = new Expert("anna@experts.example", null, new ExpertDetails("Anna", Expert.Kind.EXTERNAL_EXPERT, Gender.FEMALE,
                Set.of("fr"), "robot", Set.of("URBAN_FLOWS"), null, null, null, null, true, 5), Instant.now());
        assertThatThrownBy(() -> e.describe(new ExpertDetails(" ", Expert.Kind.EXTERNAL_EXPERT, Gender.FEMALE, Set.of("de"),
                "x", Set.of("ASTROLOGY"), null, "0123.456.789", null, "bad", true, 201), Instant.now()))
                .isInstanceOfSatisfying(ExpertRefused.class, x -> assertThat(x.errors()).extracting(DomainException::field)
                        .containsExactlyInAnyOrder("name", "languages", "maxLoad", "domains", "organisationNumber", "declaredRelationNumbers"));
        assertThat(e.getName()).isEqualTo("Anna");
        assertThat(e.getLanguages()).containsExactly("fr");
        assertThat(e.getMaxLoad()).isEqualTo(5);
        // a single mistake comes back as that field's own error
        assertThatThrownBy(() -> e.describe(new ExpertDetails("Anna", Expert.Kind.EXTERNAL_EXPERT, Gender.FEMALE, Set.of("fr"),
                "x", Set.of(), null, null, null, null, true, -1), Instant.now()))
                .isNotInstanceOf(ExpertRefused.class).extracting(x -> ((DomainException) x).field()).isEqualTo("maxLoad");
    }
}

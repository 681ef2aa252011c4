package org.regia.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regia.evaluation.AssignmentFixtures.TODAY;
import static org.regia.evaluation.AssignmentFixtures.app;
import static org.regia.evaluation.AssignmentFixtures.expert;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssignmentSolverTest {

    @Test
    void findsTheOptimumThatGreedyMisses() {
        // A1-E1 30, A1-E2 25, A2-E1 25, A2-E2 0: greedy takes A1-E1 then A2-E2 = 30; the optimum is 25 + 25 = 50
        ApplicationProfile a1 = app("A1", "fr", Set.of("a", "b", "c"), Set.of("d1"));
        ApplicationProfile a2 = app("A2", "fr", Set.of("x"), Set.of("d2"));
        ExpertProfile e1 = expert("E1", Gender.FEMALE, Set.of("fr"), Set.of("a", "b", "c", "x"), Set.of("d2"), 1);
        ExpertProfile e2 = expert("E2", Gender.MALE, Set.of("fr"), Set.of("a"), Set.of("d1"), 1);
        assertThat(Affinity.of(a1, e1)).isEqualTo(30);
        assertThat(Affinity.of(a1, e2)).isEqualTo(25);
        assertThat(Affinity.of(a2, e1)).isEqualTo(25);
        assertThat(Affinity.of(a2, e2)).isZero();
        AssignmentProblem problem = new AssignmentProblem(List.of(a1, a2), List.of(e1, e2), 1, Set.of(), ConflictOfInterestPolicy.DEFAULT, TODAY);

        AssignmentResult optimal = AssignmentSolver.solve(problem);
        assertThat(optimal.totalAffinity()).isEqualTo(50);
        assertThat(optimal.of(a1.id())).extracting(AssignmentResult.Assignment::expert).containsExactly(e2.id());
        assertThat(optimal.of(a2.id())).extracting(AssignmentResult.Assignment::expert).containsExactly(e1.id());
        assertThat(optimal.complete()).isTrue();
        assertThat(GreedyAssignment.solve(problem).totalAffinity()).isEqualTo(30);
    }

    @Test
    void composesGenderMixedPanelsWhereThePoolAllowsEvenAtSomeAffinity() {
        ApplicationProfile a = app("MIX", "nl", Set.of("ai", "health"), Set.of("health-care"));
        ExpertProfile m1 = expert("M1", Gender.MALE, Set.of("nl"), Set.of("ai", "health"), Set.of("health-care"), 3);
        ExpertProfile m2 = expert("M2", Gender.MALE, Set.of("nl"), Set.of("ai", "health"), Set.of(), 3);
        ExpertProfile w1 = expert("W1", Gender.FEMALE, Set.of("nl"), Set.of("ai"), Set.of(), 3);
        AssignmentProblem problem = new AssignmentProblem(List.of(a), List.of(m1, m2, w1), 2, Set.of(), ConflictOfInterestPolicy.DEFAULT, TODAY);

        AssignmentResult result = AssignmentSolver.solve(problem);
        assertThat(result.of(a.id())).extracting(AssignmentResult.Assignment::expert).containsExactlyInAnyOrder(m1.id(), w1.id());
        assertThat(result.totalAffinity()).isEqualTo(35 + 10);
        assertThat(result.issues()).isEmpty();
        // a candidate list of one per gender still keeps the woman
        assertThat(AssignmentSolver.solve(problem.withCandidatesPerGender(1)).of(a.id()))
                .extracting(AssignmentResult.Assignment::expert).containsExactlyInAnyOrder(m1.id(), w1.id());
        // greedy would take the two men
        assertThat(GreedyAssignment.solve(problem).of(a.id())).extracting(AssignmentResult.Assignment::expert)
                .containsExactlyInAnyOrder(m1.id(), m2.id());
    }

    @Test
    void reportsAnApplicationWithTooFewEligibleExpertsInItsLanguage() {
        UUID partner = UUID.randomUUID();
        ApplicationProfile a = app("BXL-2026-017", "nl", Set.of("ai"), Set.of(), partner);
        ExpertProfile nl1 = expert("NL1", Gender.FEMALE, Set.of("nl"), Set.of("ai"), Set.of(), 3);
        ExpertProfile fr1 = expert("FR1", Gender.MALE, Set.of("fr"), Set.of("ai"), Set.of(), 3);
        ExpertProfile conflicted = new ExpertProfile(UUID.randomUUID(), "NL2", Gender.MALE, Set.of("nl"), Set.of("ai"), Set.of(),
                partner, Set.of(), List.of(), Set.of(), 3, true);
        AssignmentProblem problem = new AssignmentProblem(List.of(a), List.of(nl1, fr1, conflicted), 2, Set.of(), ConflictOfInterestPolicy.DEFAULT, TODAY);

        AssignmentResult result = AssignmentSolver.solve(problem);
        assertThat(result.complete()).isFalse();
        assertThat(result.issues()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(AssignmentResult.Issue.Kind.TOO_FEW_ELIGIBLE_EXPERTS);
            assertThat(i.messageKey()).isEqualTo("evaluation.assignment.tooFewEligible");
            assertThat(i.arguments()).containsExactly("BXL-2026-017", 1, "nl", 2);
        });
        // the one eligible expert is still assigned; the conflicted and the French-only ones are not
        assertThat(result.assignments()).extracting(AssignmentResult.Assignment::expert).containsExactly(nl1.id());
    }

    @Test
    void kLargerThanThePoolIsRefusedWithNothingAssigned() {
        ApplicationProfile a = app("A", "fr", Set.of(), Set.of());
        ExpertProfile e = expert("E", Gender.FEMALE, Set.of("fr"), Set.of(), Set.of(), 3);
        AssignmentResult result = AssignmentSolver.solve(new AssignmentProblem(List.of(a), List.of(e), 3, Set.of(),
                ConflictOfInterestPolicy.DEFAULT, TODAY));
        assertThat(result.assignments()).isEmpty();
        assertThat(result.issues()).extracting(AssignmentResult.Issue::kind).containsExactly(AssignmentResult.Issue.Kind.K_LARGER_THAN_POOL);
    }

    @Test
    void loadsAreRespectedAndShortfallsReported() {
        ApplicationProfile a1 = app("A1", "fr", Set.of(), Set.of());
        ApplicationProfile a2 = app("A2", "fr", Set.of(), Set.of());
        ApplicationProfile a3 = app("A3", "fr", Set.of(), Set.of());
        ExpertProfile e = expert("E", Gender.FEMALE, Set.of("fr"), Set.of(), Set.of(), 2);
        AssignmentResult result = AssignmentSolver.solve(new AssignmentProblem(List.of(a1, a2, a3), List.of(e), 1, Set.of(),
                ConflictOfInterestPolicy.DEFAULT, TODAY));
        assertThat(result.assignments()).hasSize(2);
        assertThat(result.loads()).containsEntry(e.id(), 2);
        assertThat(result.issues()).extracting(AssignmentResult.Issue::kind)
                .contains(AssignmentResult.Issue.Kind.NOT_ENOUGH_CAPACITY, AssignmentResult.Issue.Kind.SHORT);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomCallsRespectEveryConstraintAndBeatOrEqualGreedy(long seed) {
        AssignmentProblem problem = AssignmentFixtures.random(seed, 60, 25, 3);
        AssignmentResult optimal = AssignmentSolver.solve(problem);
        AssignmentResult greedy = GreedyAssignment.solve(problem);
        List<AssignmentResult.Issue> violations = AssignmentRules.violations(problem, optimal.assignments());
        // the only allowed "violations" are applications short of reviewers that the solver reported itself
        assertThat(violations).allSatisfy(v -> assertThat(v.messageKey()).isEqualTo("evaluation.assignment.short"));
        assertThat(optimal.assignments().size()).isGreaterThanOrEqualTo(greedy.assignments().size());
        if (optimal.assignments().size() == greedy.assignments().size()) {
            long mixedOptimal = mixedPanels(problem, optimal);
            long mixedGreedy = mixedPanels(problem, greedy);
            assertThat(mixedOptimal).isGreaterThanOrEqualTo(mixedGreedy);
            if (mixedOptimal == mixedGreedy) {
                assertThat(optimal.totalAffinity()).isGreaterThanOrEqualTo(greedy.totalAffinity());
            }
        }
    }

    private static long mixedPanels(AssignmentProblem problem, AssignmentResult result) {
        var gender = problem.experts().stream().collect(java.util.stream.Collectors.toMap(ExpertProfile::id, ExpertProfile::gender));
        return problem.applications().stream().filter(a -> {
            var gs = result.of(a.id()).stream().map(x -> gender.get(x.expert())).collect(java.util.stream.Collectors.toSet());
            return gs.contains(Gender.FEMALE) && gs.contains(Gender.MALE);
        }).count();
    }

    @Test
    void aManualSwapIsCheckedAgainstTheSameConstraints() {
        UUID partner = UUID.randomUUID();
        ApplicationProfile a = app("A", "fr", Set.of(), Set.of(), partner);
        ExpertProfile ok = expert("OK", Gender.FEMALE, Set.of("fr"), Set.of(), Set.of(), 1);
        ExpertProfile conflicted = new ExpertProfile(UUID.randomUUID(), "Conflicted", Gender.MALE, Set.of("fr"), Set.of(), Set.of(),
                partner, Set.of(), List.of(), Set.of(), 1, true);
        ExpertProfile dutch = expert("Dutch", Gender.MALE, Set.of("nl"), Set.of(), Set.of(), 1);
        AssignmentProblem problem = new AssignmentProblem(List.of(a), List.of(ok, conflicted, dutch), 1, Set.of(), ConflictOfInterestPolicy.DEFAULT, TODAY);
        assertThat(AssignmentRules.violations(problem, List.of(new AssignmentResult.Assignment(a.id(), ok.id(), 0)))).isEmpty();
        assertThat(AssignmentRules.violations(problem, List.of(new AssignmentResult.Assignment(a.id(), conflicted.id(), 0))))
                .extracting(AssignmentResult.Issue::messageKey).containsExactly("evaluation.assignment.notEligible");
        assertThat(AssignmentRules.violations(problem, List.of(new AssignmentResult.Assignment(a.id(), dutch.id(), 0))))
                .extracting(AssignmentResult.Issue::messageKey).containsExactly("evaluation.assignment.notEligible");
        assertThat(AssignmentRules.violations(problem, List.of(
                new AssignmentResult.Assignment(a.id(), ok.id(), 0), new AssignmentResult.Assignment(a.id(), ok.id(), 0))))
                .extracting(AssignmentResult.Issue::messageKey)
                .contains("evaluation.assignment.duplicate", "evaluation.assignment.overloaded", "evaluation.assignment.short");
    }
}

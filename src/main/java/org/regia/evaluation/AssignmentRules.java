package org.regia.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks an assignment — for instance after an officer's manual swap — against the same constraints as the
 * solver: eligibility (language, availability, conflicts), maximum loads, k reviewers, no duplicate pair.
 */
public final class AssignmentRules {

    private AssignmentRules() {
    }

    /** @return message keys with arguments; empty when the assignment respects every constraint */
    public static List<AssignmentResult.Issue> violations(AssignmentProblem problem, List<AssignmentResult.Assignment> assignments) {
        Map<UUID, ApplicationProfile> apps = problem.applications().stream().collect(Collectors.toMap(ApplicationProfile::id, Function.identity()));
        Map<UUID, ExpertProfile> experts = problem.experts().stream().collect(Collectors.toMap(ExpertProfile::id, Function.identity()));
        List<AssignmentResult.Issue> issues = new ArrayList<>();
        Map<UUID, Integer> loads = new HashMap<>();
        Map<UUID, Integer> reviewers = new HashMap<>();
        Set<AssignmentProblem.Pair> seen = new HashSet<>();
        for (AssignmentResult.Assignment a : assignments) {
            ApplicationProfile app = apps.get(a.application());
            ExpertProfile ex = experts.get(a.expert());
            if (app == null || ex == null) {
                issues.add(issue(AssignmentResult.Issue.Kind.SHORT, "evaluation.assignment.unknown", a.application(), a.expert()));
                continue;
            }
            if (!seen.add(new AssignmentProblem.Pair(ex.id(), app.id()))) {
                issues.add(issue(AssignmentResult.Issue.Kind.SHORT, "evaluation.assignment.duplicate", ex.name(), app.reference()));
            }
            if (!AssignmentSolver.eligible(problem, app, ex)) {
                issues.add(issue(AssignmentResult.Issue.Kind.TOO_FEW_ELIGIBLE_EXPERTS, "evaluation.assignment.notEligible", ex.name(), app.reference()));
            }
            loads.merge(ex.id(), 1, Integer::sum);
            reviewers.merge(app.id(), 1, Integer::sum);
        }
        loads.forEach((id, load) -> {
            ExpertProfile ex = experts.get(id);
            if (load > ex.maxLoad()) {
                issues.add(issue(AssignmentResult.Issue.Kind.NOT_ENOUGH_CAPACITY, "evaluation.assignment.overloaded", ex.name(), load, ex.maxLoad()));
            }
        });
        for (ApplicationProfile app : problem.applications()) {
            int n = reviewers.getOrDefault(app.id(), 0);
            if (n != problem.reviewsPerApplication()) {
                issues.add(issue(AssignmentResult.Issue.Kind.SHORT, "evaluation.assignment.short", app.reference(), n, problem.reviewsPerApplication()));
            }
        }
        return issues;
    }

    /**
     * Panels without an expert of each gender although the pool has eligible experts of both and k is at least 2 —
     * the solver's gender rule, for checking manual swaps.
     */
    public static List<AssignmentResult.Issue> unmixedPanels(AssignmentProblem problem, List<AssignmentResult.Assignment> assignments) {
        List<AssignmentResult.Issue> issues = new ArrayList<>();
        if (problem.reviewsPerApplication() < 2) {
            return issues;
        }
        Map<UUID, ExpertProfile> experts = problem.experts().stream().collect(Collectors.toMap(ExpertProfile::id, Function.identity()));
        for (ApplicationProfile app : problem.applications()) {
            boolean women = false;
            boolean men = false;
            for (ExpertProfile ex : problem.experts()) {
                if (AssignmentSolver.eligible(problem, app, ex)) {
                    women |= ex.gender() == Gender.FEMALE;
                    men |= ex.gender() == Gender.MALE;
                }
            }
            if (!women || !men) {
                continue;
            }
            Set<Gender> panel = new HashSet<>();
            for (AssignmentResult.Assignment a : assignments) {
                ExpertProfile ex = experts.get(a.expert());
                if (a.application().equals(app.id()) && ex != null) {
                    panel.add(ex.gender());
                }
            }
            if (!panel.contains(Gender.FEMALE) || !panel.contains(Gender.MALE)) {
                issues.add(issue(AssignmentResult.Issue.Kind.GENDER_NOT_MIXED, "evaluation.assignment.genderNotMixed", app.reference()));
            }
        }
        return issues;
    }

    private static AssignmentResult.Issue issue(AssignmentResult.Issue.Kind kind, String key, Object... args) {
        return new AssignmentResult.Issue(kind, key, List.of(args));
    }
}

package org.regia.evaluation;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.regia.evaluation.AssignmentResult.Assignment;
import org.regia.evaluation.AssignmentResult.Issue;

/**
 * Optimal assignment of experts to applications as a min-cost max-flow problem (OR-Tools), not a greedy loop.
 *
 * <p>Network: source → expert (capacity = max load) → (expert, application) pair node (capacity 1, so an expert
 * reviews an application at most once) → one of the application's three entry nodes → application (→ sink,
 * capacity k). The entry nodes are "first woman" and "first man" (capacity 1 each, carrying a large bonus) and "any"
 * (capacity k). Only eligible pairs exist (language spoken, available, no conflict). Maximising the flow fills as
 * many review slots as the loads allow; among maximum flows the cost makes the solver first give as many
 * applications as possible an expert of each gender (the bonus outweighs any affinity difference) and then maximise
 * total affinity. Flows are integral, so the optimum of the network is an optimal 0/1 assignment.
 *
 * <p>On large calls the network can be limited to the best-fitting eligible experts of each gender per application
 * ({@link AssignmentProblem#candidatesPerGender()}); the result is then optimal over those candidates.
 */
public final class AssignmentSolver {

    private AssignmentSolver() {
    }

    public static AssignmentResult solve(AssignmentProblem problem) {
        Loader.loadNativeLibraries();
        long started = System.nanoTime();
        int k = problem.reviewsPerApplication();
        List<ApplicationProfile> apps = problem.applications();
        List<ExpertProfile> experts = problem.experts();
        List<Issue> issues = new ArrayList<>();

        long availableExperts = experts.stream().filter(e -> e.available() && e.maxLoad() > 0).count();
        if (k > availableExperts) {
            issues.add(new Issue(Issue.Kind.K_LARGER_THAN_POOL, "evaluation.assignment.kLargerThanPool", List.of(k, availableExperts)));
            return new AssignmentResult(List.of(), 0, issues, Map.of(), 0);
        }

        // eligible pairs and their affinity
        List<int[]> pairs = new ArrayList<>(); // {expertIndex, applicationIndex, affinity}
        int[] eligibleCount = new int[apps.size()];
        boolean[][] genderAvailable = new boolean[apps.size()][2];
        int maxAffinity = 0;
        int limit = problem.candidatesPerGender();
        for (int a = 0; a < apps.size(); a++) {
            ApplicationProfile app = apps.get(a);
            List<int[]> candidates = new ArrayList<>();
            for (int e = 0; e < experts.size(); e++) {
                ExpertProfile ex = experts.get(e);
                if (eligible(problem, app, ex)) {
                    candidates.add(new int[] {e, a, Affinity.of(app, ex)});
                    eligibleCount[a]++;
                    if (ex.gender() == Gender.FEMALE) {
                        genderAvailable[a][0] = true;
                    } else if (ex.gender() == Gender.MALE) {
                        genderAvailable[a][1] = true;
                    }
                }
            }
            if (limit > 0) {
                // keep the best-fitting candidates of each gender (ties broken by expert order, deterministic)
                candidates.sort((x, y) -> y[2] != x[2] ? Integer.compare(y[2], x[2]) : Integer.compare(x[0], y[0]));
                int[] kept = new int[3];
                List<int[]> pruned = new ArrayList<>();
                for (int[] c : candidates) {
                    int g = experts.get(c[0]).gender().ordinal();
                    if (kept[g] < limit) {
                        kept[g]++;
                        pruned.add(c);
                    }
                }
                candidates = pruned;
            }
            for (int[] c : candidates) {
                maxAffinity = Math.max(maxAffinity, c[2]);
            }
            pairs.addAll(candidates);
        }
        for (int a = 0; a < apps.size(); a++) {
            if (eligibleCount[a] < k) {
                issues.add(new Issue(Issue.Kind.TOO_FEW_ELIGIBLE_EXPERTS, "evaluation.assignment.tooFewEligible",
                        List.of(apps.get(a).reference(), eligibleCount[a], apps.get(a).language(), k)));
            }
        }
        long capacity = experts.stream().filter(ExpertProfile::available).mapToLong(ExpertProfile::maxLoad).sum();
        if (capacity < (long) k * apps.size()) {
            issues.add(new Issue(Issue.Kind.NOT_ENOUGH_CAPACITY, "evaluation.assignment.notEnoughCapacity",
                    List.of(capacity, (long) k * apps.size())));
        }

        // nodes: 0 source, 1 sink, experts, then per application: app, women, men, any; then pair nodes
        int source = 0;
        int sink = 1;
        int expertBase = 2;
        int appBase = expertBase + experts.size();
        int pairBase = appBase + 4 * apps.size();
        long maxValue = maxAffinity;
        // larger than any total affinity, so that gender mixing always wins over affinity
        long genderBonus = (maxValue + 1) * (long) k * Math.max(1, apps.size()) + 1;
        long top = maxValue + genderBonus;

        MinCostFlow flow = new MinCostFlow(pairBase + pairs.size(), 4 * pairs.size() + 2 * experts.size() + 4 * apps.size());
        try {
            for (int e = 0; e < experts.size(); e++) {
                ExpertProfile ex = experts.get(e);
                if (ex.available() && ex.maxLoad() > 0) {
                    flow.addArcWithCapacityAndUnitCost(source, expertBase + e, ex.maxLoad(), 0);
                }
            }
            for (int a = 0; a < apps.size(); a++) {
                int node = appBase + 4 * a;
                flow.addArcWithCapacityAndUnitCost(node + 1, node, 1, 0);
                flow.addArcWithCapacityAndUnitCost(node + 2, node, 1, 0);
                flow.addArcWithCapacityAndUnitCost(node + 3, node, k, 0);
                flow.addArcWithCapacityAndUnitCost(node, sink, k, 0);
            }
            int[] anyArc = new int[pairs.size()];
            int[] genderArc = new int[pairs.size()];
            for (int p = 0; p < pairs.size(); p++) {
                int[] pair = pairs.get(p);
                int pairNode = pairBase + p;
                int appNode = appBase + 4 * pair[1];
                // costs are "top minus value" so that they are non-negative; every unit pays exactly one of them
                flow.addArcWithCapacityAndUnitCost(expertBase + pair[0], pairNode, 1, 0);
                anyArc[p] = flow.addArcWithCapacityAndUnitCost(pairNode, appNode + 3, 1, top - pair[2]);
                Gender g = experts.get(pair[0]).gender();
                genderArc[p] = g == Gender.FEMALE || g == Gender.MALE
                        ? flow.addArcWithCapacityAndUnitCost(pairNode, appNode + (g == Gender.FEMALE ? 1 : 2), 1,
                                top - pair[2] - genderBonus)
                        : -1;
            }
            long demand = (long) k * apps.size();
            flow.setNodeSupply(source, demand);
            flow.setNodeSupply(sink, -demand);
            MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("min-cost flow solver ended with " + status);
            }

            List<Assignment> assignments = new ArrayList<>();
            Map<UUID, Integer> loads = new HashMap<>();
            int[] reviewers = new int[apps.size()];
            int[][] genders = new int[apps.size()][2];
            long total = 0;
            for (int p = 0; p < pairs.size(); p++) {
                boolean used = flow.getFlow(anyArc[p]) > 0 || (genderArc[p] >= 0 && flow.getFlow(genderArc[p]) > 0);
                if (used) {
                    int[] pair = pairs.get(p);
                    ExpertProfile ex = experts.get(pair[0]);
                    assignments.add(new Assignment(apps.get(pair[1]).id(), ex.id(), pair[2]));
                    loads.merge(ex.id(), 1, Integer::sum);
                    reviewers[pair[1]]++;
                    if (ex.gender() == Gender.FEMALE) {
                        genders[pair[1]][0]++;
                    } else if (ex.gender() == Gender.MALE) {
                        genders[pair[1]][1]++;
                    }
                    total += pair[2];
                }
            }
            for (int a = 0; a < apps.size(); a++) {
                if (reviewers[a] < k && eligibleCount[a] >= k) {
                    issues.add(new Issue(Issue.Kind.SHORT, "evaluation.assignment.short",
                            List.of(apps.get(a).reference(), reviewers[a], k)));
                }
                boolean poolAllows = genderAvailable[a][0] && genderAvailable[a][1] && k >= 2;
                if (poolAllows && (genders[a][0] == 0 || genders[a][1] == 0)) {
                    issues.add(new Issue(Issue.Kind.GENDER_NOT_MIXED, "evaluation.assignment.genderNotMixed",
                            List.of(apps.get(a).reference())));
                }
            }
            return new AssignmentResult(assignments, total, issues, loads, (System.nanoTime() - started) / 1_000_000);
        } finally {
            flow.delete();
        }
    }

    static boolean eligible(AssignmentProblem problem, ApplicationProfile app, ExpertProfile expert) {
        return expert.available() && expert.maxLoad() > 0
                && expert.languages().contains(app.language())
                && !problem.declaredConflicts().contains(new AssignmentProblem.Pair(expert.id(), app.id()))
                && problem.policy().check(expert, app, problem.today()).isEmpty();
    }
}

package org.regia.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.regia.evaluation.AssignmentResult.Assignment;

/**
 * The obvious greedy assignment (best-affinity pairs first), kept only as the baseline that the benchmark and the
 * tests compare the optimal solver with.
 */
public final class GreedyAssignment {

    private GreedyAssignment() {
    }

    public static AssignmentResult solve(AssignmentProblem problem) {
        long started = System.nanoTime();
        record Candidate(ApplicationProfile app, ExpertProfile expert, int affinity) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (ApplicationProfile app : problem.applications()) {
            for (ExpertProfile ex : problem.experts()) {
                if (AssignmentSolver.eligible(problem, app, ex)) {
                    candidates.add(new Candidate(app, ex, Affinity.of(app, ex)));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::affinity).reversed());
        Map<UUID, Integer> loads = new HashMap<>();
        Map<UUID, Integer> reviewers = new HashMap<>();
        List<Assignment> assignments = new ArrayList<>();
        long total = 0;
        for (Candidate c : candidates) {
            if (reviewers.getOrDefault(c.app().id(), 0) < problem.reviewsPerApplication()
                    && loads.getOrDefault(c.expert().id(), 0) < c.expert().maxLoad()) {
                assignments.add(new Assignment(c.app().id(), c.expert().id(), c.affinity()));
                reviewers.merge(c.app().id(), 1, Integer::sum);
                loads.merge(c.expert().id(), 1, Integer::sum);
                total += c.affinity();
            }
        }
        return new AssignmentResult(assignments, total, List.of(), loads, (System.nanoTime() - started) / 1_000_000);
    }
}

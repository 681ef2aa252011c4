package org.regia.evaluation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.regia.evaluation.AssignmentFixtures;
import org.regia.evaluation.AssignmentProblem;
import org.regia.evaluation.AssignmentResult;
import org.regia.evaluation.AssignmentRules;
import org.regia.evaluation.AssignmentSolver;
import org.regia.evaluation.GreedyAssignment;

/**
 * Issue 5 benchmark: 3,000 applications x 600 experts x 3 reviews with random conflicts and loads. Reports the time
 * to the optimum and the objective against the greedy baseline (target: under 10 s). Run with {@code mvn -Pbench verify}.
 */
@Tag("bench")
class AssignmentBenchmark {

    @Test
    void threeThousandApplicationsSixHundredExpertsThreeReviews() throws Exception {
        List<String> report = new ArrayList<>();
        report.add("Assignment benchmark: 3000 applications x 600 experts x 3 reviews (seeded random calls)");
        report.add("machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + ", Java " + Runtime.version());
        AssignmentSolver.solve(AssignmentFixtures.random(99, 200, 60, 3)); // warm-up (native library, JIT)
        for (long seed : new long[] {11, 12, 13}) {
            AssignmentProblem full = AssignmentFixtures.random(seed, 3000, 600, 3);
            AssignmentProblem problem = full.withCandidatesPerGender(AssignmentProblem.DEFAULT_CANDIDATES);
            long t0 = System.nanoTime();
            AssignmentResult optimal = AssignmentSolver.solve(problem);
            long optimalMs = (System.nanoTime() - t0) / 1_000_000;
            long t1 = System.nanoTime();
            AssignmentResult greedy = GreedyAssignment.solve(problem);
            long greedyMs = (System.nanoTime() - t1) / 1_000_000;
            long violations = AssignmentRules.violations(problem, optimal.assignments()).stream()
                    .filter(v -> !v.messageKey().equals("evaluation.assignment.short")).count();
            report.add(String.format("seed %d: optimal %d ms, %d reviews, affinity %d, %d issue(s) | greedy %d ms, %d reviews, affinity %d | affinity ratio %.3f",
                    seed, optimalMs, optimal.assignments().size(), optimal.totalAffinity(), optimal.issues().size(),
                    greedyMs, greedy.assignments().size(), greedy.totalAffinity(),
                    (double) optimal.totalAffinity() / Math.max(1, greedy.totalAffinity())));
            if (seed == 11) {
                // the same call without the candidate limit: the exact optimum over every eligible pair
                long t2 = System.nanoTime();
                AssignmentResult exact = AssignmentSolver.solve(full);
                report.add(String.format("seed %d without candidate limit: %d ms, affinity %d (limited/exact %.4f)", seed,
                        (System.nanoTime() - t2) / 1_000_000, exact.totalAffinity(),
                        (double) optimal.totalAffinity() / Math.max(1, exact.totalAffinity())));
            }
            assertThat(violations).isZero();
            assertThat(optimal.assignments().size()).isGreaterThanOrEqualTo(greedy.assignments().size());
        }
        Path out = Path.of("target/bench/assignment.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }
}

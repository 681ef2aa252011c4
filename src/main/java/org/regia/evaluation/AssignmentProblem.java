package org.regia.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A call's assignment problem: k reviews per application, experts with languages, loads and conflicts.
 *
 * @param declaredConflicts (expert, application) pairs declared conflicted by the expert
 * @param candidatesPerGender how many of the best-fitting eligible experts of each gender (and of the others) the
 *     solver considers per application; 0 means all eligible experts (exact optimum, slower on large calls)
 */
public record AssignmentProblem(List<ApplicationProfile> applications, List<ExpertProfile> experts, int reviewsPerApplication,
                                Set<Pair> declaredConflicts, ConflictOfInterestPolicy policy, LocalDate today,
                                int candidatesPerGender) {

    /** Default candidate list: the 20 best-fitting women, 20 men and 20 others per application. */
    public static final int DEFAULT_CANDIDATES = 20;

    public AssignmentProblem(List<ApplicationProfile> applications, List<ExpertProfile> experts, int reviewsPerApplication,
                             Set<Pair> declaredConflicts, ConflictOfInterestPolicy policy, LocalDate today) {
        this(applications, experts, reviewsPerApplication, declaredConflicts, policy, today, 0);
    }

    public AssignmentProblem withCandidatesPerGender(int n) {
        return new AssignmentProblem(applications, experts, reviewsPerApplication, declaredConflicts, policy, today, n);
    }

    public AssignmentProblem {
        applications = List.copyOf(applications);
        experts = List.copyOf(experts);
        declaredConflicts = Set.copyOf(declaredConflicts);
        if (candidatesPerGender < 0) {
            throw new IllegalArgumentException("candidatesPerGender must not be negative");
        }
        if (reviewsPerApplication < 1) {
            throw org.regia.shared.DomainException.onField("reviewsPerApplication", "evaluation.assignment.kPositive");
        }
    }

    /** An expert reviewing an application. */
    public record Pair(UUID expert, UUID application) {
    }
}

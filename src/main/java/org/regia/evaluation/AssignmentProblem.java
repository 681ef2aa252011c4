package org.regia.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A call's assignment problem: k reviews per application, experts with languages, loads and conflicts.
 *
 * @param declaredConflicts (expert, application) pairs declared conflicted by the expert
 */
public record AssignmentProblem(List<ApplicationProfile> applications, List<ExpertProfile> experts, int reviewsPerApplication,
                                Set<Pair> declaredConflicts, ConflictOfInterestPolicy policy, LocalDate today) {

    public AssignmentProblem {
        applications = List.copyOf(applications);
        experts = List.copyOf(experts);
        declaredConflicts = Set.copyOf(declaredConflicts);
        if (reviewsPerApplication < 1) {
            throw org.regia.shared.DomainException.onField("reviewsPerApplication", "evaluation.assignment.kPositive");
        }
    }

    /** An expert reviewing an application. */
    public record Pair(UUID expert, UUID application) {
    }
}

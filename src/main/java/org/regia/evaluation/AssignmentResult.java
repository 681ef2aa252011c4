package org.regia.evaluation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The assignment found, its total affinity, and everything the officer must know: problems that made a full
 * assignment impossible (with the application or expert concerned), and each expert's load.
 */
public record AssignmentResult(List<Assignment> assignments, long totalAffinity, List<Issue> issues,
                               Map<UUID, Integer> loads, long solveMillis) {

    public AssignmentResult {
        assignments = List.copyOf(assignments);
        issues = List.copyOf(issues);
        loads = Map.copyOf(loads);
    }

    /** Every application has its k reviewers and every constraint holds. */
    public boolean complete() {
        return issues.stream().noneMatch(i -> i.kind().blocking);
    }

    public List<Assignment> of(UUID application) {
        return assignments.stream().filter(a -> a.application().equals(application)).toList();
    }

    public record Assignment(UUID application, UUID expert, int affinity) {
    }

    /**
     * One problem, as a message key with arguments (e.g. "application X has only 1 non-conflicted expert in its
     * language").
     */
    public record Issue(Kind kind, String messageKey, List<Object> arguments) {
        public enum Kind {
            K_LARGER_THAN_POOL(true), TOO_FEW_ELIGIBLE_EXPERTS(true), NOT_ENOUGH_CAPACITY(true), SHORT(true),
            GENDER_NOT_MIXED(false);

            final boolean blocking;

            Kind(boolean blocking) {
                this.blocking = blocking;
            }
        }
    }
}

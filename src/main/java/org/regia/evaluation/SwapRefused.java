package org.regia.evaluation;

import java.util.List;
import org.regia.shared.DomainException;

/** A manual swap refused because it breaks assignment constraints; the issues say which and why. */
public class SwapRefused extends DomainException {

    private final transient List<AssignmentResult.Issue> issues;

    public SwapRefused(List<AssignmentResult.Issue> issues) {
        super("evaluation.swap.refused");
        this.issues = List.copyOf(issues);
    }

    public List<AssignmentResult.Issue> issues() {
        return issues;
    }
}

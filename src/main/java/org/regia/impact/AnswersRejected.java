package org.regia.impact;

import java.util.List;
import org.regia.shared.DomainException;

/** An answer sheet with one or more invalid answers: every problem, by field, so that the form can show them all. */
public class AnswersRejected extends DomainException {

    public record Problem(String field, String key, List<Object> arguments) {
    }

    private final List<Problem> problems;

    public AnswersRejected(List<Problem> problems) {
        super(problems.get(0).key(), problems.get(0).arguments().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public String field() {
        return problems.get(0).field();
    }
}

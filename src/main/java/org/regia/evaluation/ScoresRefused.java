package org.regia.evaluation;

import java.util.List;
import org.regia.shared.DomainException;

/** Scores refused: one field error per criterion concerned; nothing was saved. */
public class ScoresRefused extends DomainException {

    private final transient List<DomainException> errors;

    public ScoresRefused(List<DomainException> errors) {
        super("evaluation.score.refused");
        this.errors = List.copyOf(errors);
    }

    public List<DomainException> errors() {
        return errors;
    }
}

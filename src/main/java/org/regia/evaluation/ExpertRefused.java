package org.regia.evaluation;

import java.util.List;
import org.regia.shared.DomainException;

/** An expert profile refused: one field error per field concerned; nothing was saved. */
public class ExpertRefused extends DomainException {

    private final transient List<DomainException> errors;

    public ExpertRefused(List<DomainException> errors) {
        super("evaluation.expert.refused");
        this.errors = List.copyOf(errors);
    }

    public List<DomainException> errors() {
        return errors;
    }
}

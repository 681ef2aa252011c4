package org.regia.applications;

import java.util.List;
import org.regia.shared.DomainException;

/** The whole form was checked and these are ALL its problems; nothing was submitted. */
public class SubmissionRefused extends DomainException {

    private final transient List<FieldError> errors;

    public SubmissionRefused(List<FieldError> errors) {
        super("applications.submit.invalid", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}

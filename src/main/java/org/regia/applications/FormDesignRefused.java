package org.regia.applications;

import java.util.List;
import org.regia.shared.DomainException;

/** A form design with problems: every one of them, each with the path of its input. Nothing was saved. */
public class FormDesignRefused extends DomainException {

    private final transient List<FieldError> errors;

    public FormDesignRefused(List<FieldError> errors) {
        super("applications.design.refused", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}

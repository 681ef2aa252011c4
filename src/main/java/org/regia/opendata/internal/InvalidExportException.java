package org.regia.opendata.internal;

import java.util.List;

/** The export does not validate against the 360Giving schema: it is not offered. */
public class InvalidExportException extends RuntimeException {

    private final List<String> violations;

    public InvalidExportException(List<String> violations) {
        super("360Giving export does not validate: " + violations.size() + " violation(s), first: "
                + (violations.isEmpty() ? "-" : violations.get(0)));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}

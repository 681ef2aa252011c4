package org.regia.control;

import java.util.List;

/**
 * A defect of a band set found by {@link BandSet#validate()} or {@link BandSet#compareLanguages}: the kind, the
 * message key of the control bundle and its arguments (the exact values), and an English sentence for logs and the
 * import report.
 */
public record BandIssue(Type type, String messageKey, List<String> arguments, String detail) {

    public enum Type { OVERLAP, GAP, INVERTED, MISSING_LEVEL, UNKNOWN_LEVEL, LANGUAGES_DIFFER, EMPTY }

    public BandIssue {
        arguments = List.copyOf(arguments);
    }

    @Override
    public String toString() {
        return type + ": " + detail;
    }
}

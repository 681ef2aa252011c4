package org.regia.opendata.internal;

import java.util.List;

/**
 * What a parser made of a file: the valid rows, the error report, and whether the file as a whole is unusable
 * ({@code fatal}: wrong encoding, wrong separator, not JSON, ...) in which case nothing is written in any mode.
 */
public record ParsedFile(String datasetKey, String title, String funderId, String funderName, int rowsTotal,
                         List<GrantRow> rows, List<RowError> errors, boolean fatal) {

    public static ParsedFile fatal(String datasetKey, RowError error) {
        return new ParsedFile(datasetKey, datasetKey, null, null, 0, List.of(), List.of(error), true);
    }

    /** Rows that had at least one error. */
    public int rowsRejected() {
        return (int) errors.stream().map(RowError::row).filter(r -> r != null).distinct().count();
    }
}

package org.regia.opendata.internal;

/**
 * One line of an import's error report.
 *
 * @param row       row as in a spreadsheet (CSV: header = row 1, first data row = 2; 360Giving: position of the grant
 *                  in the "grants" array, from 1); {@code null} for errors about the whole file
 * @param reasonKey message key (opendata.error.*) shown in the user's language, with {@code detail} as its argument
 */
public record RowError(Integer row, String field, String value, String reasonKey, String detail) {

    public static RowError file(String field, String reasonKey, String detail) {
        return new RowError(null, field, null, reasonKey, detail);
    }
}

package org.regia.opendata.internal;

/** What to do when some rows are invalid. */
public enum ImportMode {
    /** The default: one invalid row and nothing is written. */
    ALL_OR_NOTHING,
    /** Chosen explicitly: the valid rows are written, the invalid ones are reported and skipped. */
    VALID_ROWS
}

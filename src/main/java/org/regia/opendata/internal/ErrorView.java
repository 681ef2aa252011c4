package org.regia.opendata.internal;

/** A stored line of an error report. */
public record ErrorView(Integer row, String field, String value, String reasonKey, String detail) {
}

package org.regia.opendata.internal;

import java.util.List;

/** Errors of one kind on one field, with how many rows and the first of them. */
public record ErrorSummary(String field, String reasonKey, int count, List<Integer> firstRows) {
}

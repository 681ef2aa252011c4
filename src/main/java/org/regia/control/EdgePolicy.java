package org.regia.control;

/**
 * How a boundary shared by two bands written as closed ranges ("orange 50-75", "green 75-100") is read. Chosen by the
 * user; strict comparators ("< 50", "> 4") are never changed.
 */
public enum EdgePolicy {
    /** Exactly as written: both bands contain the shared value, which the validation reports as an overlap. */
    AS_WRITTEN,
    /** The shared value belongs to the band that starts there: 75 is green in "50-75 orange, 75-100 green". */
    LOWER_BOUND_INCLUSIVE,
    /** The shared value belongs to the band that ends there: 75 is orange in "50-75 orange, 75-100 green". */
    UPPER_BOUND_INCLUSIVE
}

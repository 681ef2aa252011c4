package org.regia.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * The type of a KPI's threshold bands. Range kinds compare a number with numeric bounds; level kinds compare a
 * category (milestone state, trend, qualitative level) with the levels named in the bands.
 */
public enum BandKind {
    /** Absolute counts or amounts, e.g. "200-250 cargo bikes subsidised green". Domain: 0 and up. */
    NUMERIC(BigDecimal.ZERO, null, List.of()),
    /** Whole counts (cargo bikes, meetings, programmes): a gap that contains no whole number is no gap. */
    COUNT(BigDecimal.ZERO, null, List.of()),
    /** Ratios in percent, e.g. "liquidated vs committed: green 75-100 %". Domain: 0 to 100. */
    PERCENTAGE(BigDecimal.ZERO, new BigDecimal("100"), List.of()),
    /** Milestone reached / late / none. */
    MILESTONE(null, null, List.of("REACHED", "LATE", "NONE")),
    /** Trend versus the previous period: up / stable / down. */
    TREND(null, null, List.of("UP", "STABLE", "DOWN")),
    /** Qualitative levels named by the bands themselves (e.g. HIGH / MODERATE / LOW). */
    QUALITATIVE(null, null, List.of());

    private final BigDecimal domainMin;
    private final BigDecimal domainMax;
    private final List<String> requiredLevels;

    BandKind(BigDecimal domainMin, BigDecimal domainMax, List<String> requiredLevels) {
        this.domainMin = domainMin;
        this.domainMax = domainMax;
        this.requiredLevels = requiredLevels;
    }

    public boolean isRange() {
        return this == NUMERIC || this == COUNT || this == PERCENTAGE;
    }

    /** Smallest value the bands must cover, or null when unbounded. */
    public BigDecimal domainMin() {
        return domainMin;
    }

    /** Largest value the bands must cover, or null when unbounded. */
    public BigDecimal domainMax() {
        return domainMax;
    }

    /** The levels a level kind must colour (empty for qualitative: its bands define them). */
    public List<String> requiredLevels() {
        return requiredLevels;
    }
}

package org.regia.organisations;

import java.math.BigDecimal;

/**
 * Enterprise size under Commission Recommendation 2003/361/EC (Annex, art. 2): staff headcount in annual work
 * units, and either annual turnover or balance-sheet total (the enterprise may choose the more favourable one).
 */
public enum SizeClass {
    MICRO, SMALL, MEDIUM, LARGE;

    private static final BigDecimal M2 = new BigDecimal("2000000");
    private static final BigDecimal M10 = new BigDecimal("10000000");
    private static final BigDecimal M43 = new BigDecimal("43000000");
    private static final BigDecimal M50 = new BigDecimal("50000000");

    /** Size from one year's figures; a missing turnover or balance sheet counts as not meeting that ceiling. */
    public static SizeClass of(BigDecimal staff, BigDecimal turnover, BigDecimal balanceSheet) {
        if (staff == null) {
            throw new IllegalArgumentException("staff headcount is required");
        }
        if (lessThan(staff, 10) && (atMost(turnover, M2) || atMost(balanceSheet, M2))) {
            return MICRO;
        }
        if (lessThan(staff, 50) && (atMost(turnover, M10) || atMost(balanceSheet, M10))) {
            return SMALL;
        }
        if (lessThan(staff, 250) && (atMost(turnover, M50) || atMost(balanceSheet, M43))) {
            return MEDIUM;
        }
        return LARGE;
    }

    public boolean isSme() {
        return this != LARGE;
    }

    private static boolean lessThan(BigDecimal staff, int ceiling) {
        return staff.compareTo(BigDecimal.valueOf(ceiling)) < 0;
    }

    private static boolean atMost(BigDecimal amount, BigDecimal ceiling) {
        return amount != null && amount.compareTo(ceiling) <= 0;
    }
}

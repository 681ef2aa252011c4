package org.regia.impact;

import java.math.BigDecimal;

/**
 * The questions of the ex-post surveys (DOMAIN §3 step 9; extract 004: outcome indicators and stated additionality).
 * A survey definition is a versioned list of these codes; labels and help texts are in the impact bundle
 * ({@code impact.q.<CODE>}).
 */
public enum Question {
    STAFF_FTE(Type.DECIMAL),
    FTE_CREATED(Type.DECIMAL),
    FTE_KEPT(Type.DECIMAL),
    TURNOVER(Type.MONEY),
    EXPORT_TURNOVER(Type.MONEY),
    PRIVATE_FUNDING(Type.MONEY),
    PUBLIC_FUNDING(Type.MONEY),
    SPIN_OFFS(Type.INTEGER),
    PATENTS(Type.INTEGER),
    PUBLICATIONS(Type.INTEGER),
    DOIS(Type.TEXT),
    PRODUCTS_LAUNCHED(Type.INTEGER),
    STILL_IN_REGION(Type.BOOLEAN),
    WITHOUT_SUPPORT(Type.CHOICE);

    public enum Type { DECIMAL, MONEY, INTEGER, TEXT, BOOLEAN, CHOICE }

    /** Upper bounds that catch typing errors (a headcount of 2 million FTE is a typo, not a scale-up). */
    static final BigDecimal MAX_FTE = BigDecimal.valueOf(100_000);
    static final BigDecimal MAX_MONEY = new BigDecimal("1000000000000");

    private final Type type;

    Question(Type type) {
        this.type = type;
    }

    public Type type() {
        return type;
    }

    /** The form field name (camelCase of the code). */
    public String field() {
        String[] parts = name().toLowerCase().split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return b.toString();
    }
}

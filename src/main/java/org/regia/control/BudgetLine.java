package org.regia.control;

import org.regia.shared.DomainException;

/**
 * A basic allocation ("allocation de base" / "basisallocatie", AB/BA) of the regional budget, in the canonical dotted
 * form {@code 12.021.38.09.3132} (mission.programme.activity.number.economic code) or, as the letters also print it,
 * without the economic code ({@code 12.018.31.01}). The undotted forms of the sources ({@code 120213101},
 * {@code 1202138093132}) are accepted and written dotted; anything else is refused with the value (extract 003a §3.5).
 */
public record BudgetLine(String code) {

    public static BudgetLine parse(String field, String text) {
        String t = text == null ? "" : text.trim();
        if (t.matches("[0-9]{2}\\.[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}(\\.[0-9]{4})?")) {
            return new BudgetLine(t);
        }
        if (t.matches("[0-9]{9}") || t.matches("[0-9]{13}")) {
            String dotted = t.substring(0, 2) + "." + t.substring(2, 5) + "." + t.substring(5, 7) + "." + t.substring(7, 9)
                    + (t.length() == 13 ? "." + t.substring(9) : "");
            return new BudgetLine(dotted);
        }
        throw DomainException.onField(field, "control.budgetLine.format", t);
    }

    /** The mission (first segment), e.g. 12 = Economy. */
    public String mission() {
        return code.substring(0, 2);
    }

    @Override
    public String toString() {
        return code;
    }
}

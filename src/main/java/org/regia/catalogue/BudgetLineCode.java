package org.regia.catalogue;

import org.regia.shared.DomainException;

/**
 * Budget line codes such as {@code 12.021.38.09.3132} (DOMAIN §3.6). The sources write them in several formats
 * (spaces, no dots): the 13 digits are kept and re-printed in the canonical dotted form.
 */
public final class BudgetLineCode {

    private BudgetLineCode() {
    }

    public static String normalise(String raw) {
        String digits = raw.replaceAll("[\\s.\\-]", "");
        if (!digits.matches("\\d{13}")) {
            throw DomainException.onField("budgetLines", "catalogue.programme.budgetLineInvalid", raw.trim());
        }
        return digits.substring(0, 2) + "." + digits.substring(2, 5) + "." + digits.substring(5, 7) + "."
                + digits.substring(7, 9) + "." + digits.substring(9);
    }
}

package org.regia.organisations;

import org.regia.shared.DomainException;

/** NACE-BEL activity code: "62", "62.0", "62.01" or the Belgian five-digit "62.010". */
public final class NaceCode {

    private NaceCode() {
    }

    public static String normalise(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String s = input.trim();
        if (s.matches("\\d{5}")) {
            s = s.substring(0, 2) + "." + s.substring(2);
        } else if (s.matches("\\d{4}")) {
            s = s.substring(0, 2) + "." + s.substring(2);
        }
        if (!s.matches("\\d{2}(\\.\\d{1,3})?")) {
            throw DomainException.onField("naceCode", "organisation.naceInvalid", input);
        }
        return s;
    }
}

package org.regia.control;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.regia.shared.DomainException;

/**
 * Numbers in the import files and band texts: digits, an optional minus sign, an optional decimal point; no thousands
 * separators. "1.344" and "1,344" are refused because the sources write 1,344 dossiers (English) and 3.000.000 euros
 * (French) for thousands: the reader cannot know which is meant, so the writer must say 1344 (or 1.3440 for a
 * decimal with three digits).
 */
public final class StrictNumber {

    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** 1.344, 1,344, 3.000.000, 1 344: a separator followed by groups of three digits. */
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}([.,\\s\u00a0]\\d{3})+([.,]\\d+)?");

    private StrictNumber() {
    }

    /** Parses a strict number; {@code field} names the input in the error. */
    public static BigDecimal parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw DomainException.onField(field, "control.number.required");
        }
        String t = text.trim();
        if (GROUPED.matcher(t).matches()) {
            throw DomainException.onField(field, "control.number.ambiguous", t);
        }
        if (!PLAIN.matcher(t).matches()) {
            throw DomainException.onField(field, "control.number.invalid", t);
        }
        return new BigDecimal(t);
    }
}

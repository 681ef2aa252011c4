package org.regia.opendata.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Strict readers for the values found in open-data files. They accept only the unambiguous forms (amounts with a
 * dot as decimal separator and no grouping, ISO dates) and name the problem precisely otherwise: a human can fix
 * "1,234,567.00" or "05/06/2014" in the source far more safely than a program can guess what was meant.
 */
public final class Values {

    private static final Pattern PLAIN_AMOUNT = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED_AMOUNT = Pattern.compile("-?\\d{1,3}([,.' \u00a0\u202f]\\d{3})+([.,]\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");
    private static final Pattern DD_MM_YYYY = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})(\\s.*)?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Values() {
    }

    public static boolean missing(String s) {
        return s == null || s.isBlank() || s.trim().equals("NA") || s.trim().equals("-");
    }

    /** @return the amount with scale 2, or {@code null} when the cell is empty ("", "NA", "-") */
    public static BigDecimal amount(String raw) {
        if (missing(raw)) {
            return null;
        }
        String s = raw.trim();
        if (PLAIN_AMOUNT.matcher(s).matches()) {
            // amounts are kept to the cent (numeric(15,2)), as Money does
            BigDecimal value = new BigDecimal(s).setScale(2, RoundingMode.HALF_UP);
            if (value.abs().compareTo(new BigDecimal("9999999999999.99")) > 0) {
                throw new FieldProblem("opendata.error.amountTooLarge", s);
            }
            return value;
        }
        if (GROUPED_AMOUNT.matcher(s).matches()) {
            throw new FieldProblem("opendata.error.thousandsSeparator", s);
        }
        if (DECIMAL_COMMA.matcher(s).matches()) {
            throw new FieldProblem("opendata.error.decimalComma", s.replace(',', '.'));
        }
        throw new FieldProblem("opendata.error.amount", s);
    }

    /** Reads a date written YYYY-MM-DD or as a full ISO date-time; reports dd/mm/yyyy explicitly. */
    public static LocalDate date(String raw) {
        if (missing(raw)) {
            return null;
        }
        String s = raw.trim();
        try {
            if (ISO_DATE.matcher(s).matches()) {
                return LocalDate.parse(s);
            }
            if (s.length() > 10 && ISO_DATE.matcher(s.substring(0, 10)).matches()) {
                return OffsetDateTime.parse(s.replace("Z", "+00:00")).toLocalDate();
            }
        } catch (DateTimeParseException e) {
            throw new FieldProblem("opendata.error.date", s);
        }
        var dmy = DD_MM_YYYY.matcher(s);
        if (dmy.matches()) {
            String iso = dmy.group(3) + "-" + pad(dmy.group(2)) + "-" + pad(dmy.group(1));
            throw new FieldProblem("opendata.error.dateDdMmYyyy", iso);
        }
        throw new FieldProblem("opendata.error.date", s);
    }

    private static String pad(String s) {
        return s.length() == 1 ? "0" + s : s;
    }

    public static String text(String raw) {
        return missing(raw) ? null : raw.trim();
    }

    public static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

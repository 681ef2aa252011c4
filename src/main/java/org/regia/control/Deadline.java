package org.regia.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regia.shared.DomainException;

/**
 * A deadline as the letters write it: a date ("31/12/2022"), a year ("2022"), a period or the legislature
 * ("2019-2024"), or none in time ("permanent", "continu", "annual").
 */
public record Deadline(Kind kind, LocalDate date, Integer fromYear, Integer toYear, String text) {

    public enum Kind { DATE, YEAR, PERIOD, PERMANENT }

    private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?:fin |end |eind )?(\\d{4})");
    private static final Pattern PERIOD = Pattern.compile("(?:l[ée]gislature |legislatuur |legislature )?(\\d{4})\\s*[-–]\\s*(\\d{4})");

    public static Deadline parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        String lower = t.toLowerCase();
        Matcher m = DATE.matcher(t);
        if (m.matches()) {
            try {
                return new Deadline(Kind.DATE, LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))), null, null, t);
            } catch (DateTimeException e) {
                throw DomainException.onField(field, "control.deadline.invalidDate", t);
            }
        }
        m = YEAR.matcher(lower);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            return new Deadline(Kind.YEAR, null, y, y, t);
        }
        m = PERIOD.matcher(lower);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (b < a) {
                throw DomainException.onField(field, "control.deadline.inverted", t);
            }
            return new Deadline(Kind.PERIOD, null, a, b, t);
        }
        if (lower.matches("permanent|permanente?|continu|continuous|doorlopend|annuel|annual|jaarlijks|n/a")) {
            return new Deadline(Kind.PERMANENT, null, null, null, t);
        }
        throw DomainException.onField(field, "control.deadline.unreadable", t);
    }

    /** The last day the deadline allows, or null for a permanent one. */
    public LocalDate lastDay() {
        return switch (kind) {
            case DATE -> date;
            case YEAR, PERIOD -> LocalDate.of(toYear, 12, 31);
            case PERMANENT -> null;
        };
    }

    public boolean isPastAt(LocalDate day) {
        LocalDate last = lastDay();
        return last != null && day.isAfter(last);
    }

    @Override
    public String toString() {
        return text;
    }
}

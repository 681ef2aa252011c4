package org.regia.control;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One threshold band: a colour and either a numeric interval (bounds may be open-ended: {@code null}; each edge
 * inclusive or not) or a level (milestone, trend or qualitative). {@code closedAsWritten} marks edges that came from a
 * written range "a-b" and that an {@link EdgePolicy} may therefore resolve.
 */
public record Band(Colour colour, BigDecimal lower, boolean lowerInclusive, BigDecimal upper, boolean upperInclusive,
                   String level, boolean closedAsWritten) {

    public Band {
        Objects.requireNonNull(colour, "colour");
    }

    public static Band range(Colour colour, BigDecimal lower, boolean lowerInclusive, BigDecimal upper, boolean upperInclusive) {
        return new Band(colour, lower, lowerInclusive, upper, upperInclusive, null, false);
    }

    /** A range written "a-b": closed at both ends, shared edges resolved by the set's {@link EdgePolicy}. */
    public static Band written(Colour colour, BigDecimal lower, BigDecimal upper) {
        return new Band(colour, lower, true, upper, true, null, true);
    }

    public static Band level(Colour colour, String level) {
        return new Band(colour, null, false, null, false, level.trim().toUpperCase(), false);
    }

    public boolean isLevel() {
        return level != null;
    }

    Band withLowerInclusive(boolean inclusive) {
        return new Band(colour, lower, inclusive, upper, upperInclusive, level, closedAsWritten);
    }

    Band withUpperInclusive(boolean inclusive) {
        return new Band(colour, lower, lowerInclusive, upper, inclusive, level, closedAsWritten);
    }

    public boolean contains(BigDecimal v) {
        if (isLevel() || v == null) {
            return false;
        }
        if (lower != null) {
            int c = v.compareTo(lower);
            if (c < 0 || (c == 0 && !lowerInclusive)) {
                return false;
            }
        }
        if (upper != null) {
            int c = v.compareTo(upper);
            return c < 0 || (c == 0 && upperInclusive);
        }
        return true;
    }

    /** Mathematical notation of the band: "[100, 200)", "(4, ∞)", "REACHED". */
    public String interval() {
        if (isLevel()) {
            return level;
        }
        return (lower == null ? "(-∞" : (lowerInclusive ? "[" : "(") + plain(lower)) + ", "
                + (upper == null ? "∞)" : plain(upper) + (upperInclusive ? "]" : ")"));
    }

    @Override
    public String toString() {
        return colour + " " + interval();
    }

    static String plain(BigDecimal v) {
        return v == null ? "∞" : v.stripTrailingZeros().toPlainString();
    }
}

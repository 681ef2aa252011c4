package org.regia.control;

import java.time.LocalDate;
import org.regia.shared.DomainException;

/** A calendar quarter ("2022-Q2"), the period of the quarterly reports of management control. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    public Quarter {
        if (quarter < 1 || quarter > 4 || year < 2000 || year > 2100) {
            throw DomainException.onField("quarter", "control.snapshot.quarterInvalid", year + "-Q" + quarter);
        }
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** Reads "2022-Q2" (also "2022Q2", "q2-2022" is refused). */
    public static Quarter parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase();
        if (!t.matches("[0-9]{4}-?Q[1-4]")) {
            throw DomainException.onField("quarter", "control.snapshot.quarterInvalid", text == null ? "" : text.trim());
        }
        return new Quarter(Integer.parseInt(t.substring(0, 4)), t.charAt(t.length() - 1) - '0');
    }

    public LocalDate start() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    /** The last quarter that has ended before {@code today}. */
    public static Quarter lastEnded(LocalDate today) {
        return of(today).previous();
    }

    @Override
    public int compareTo(Quarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}

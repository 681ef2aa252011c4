package org.regia.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Computes a KPI's colour from its dated observations: the latest observation (by date) is evaluated against the
 * bands; for a trend KPI observed as numbers, the latest value is compared with the previous one (up / stable /
 * down). A manual override replaces the computed colour, and says so.
 */
public final class ColourRule {

    private ColourRule() {
    }

    /** A dated value (range kinds and numeric trends) or level (milestone, trend, qualitative). */
    public record Point(LocalDate date, BigDecimal value, String level) {
    }

    public enum Origin { COMPUTED, OVERRIDE, NONE }

    /** The colour, where it comes from, the evaluation behind it and the date of the observation used. */
    public record Result(Colour colour, Origin origin, Evaluation evaluation, LocalDate asOf, String level) {
    }

    public static Result compute(BandSet bands, List<Point> observations, Colour override) {
        List<Point> sorted = observations.stream().sorted(Comparator.comparing(Point::date)).toList();
        Point last = sorted.isEmpty() ? null : sorted.get(sorted.size() - 1);
        Evaluation evaluation = null;
        String level = null;
        if (last != null && bands != null && !bands.isEmpty()) {
            if (bands.kind().isRange()) {
                evaluation = bands.evaluate(last.value());
            } else {
                level = last.level();
                if (level == null && bands.kind() == BandKind.TREND && last.value() != null && sorted.size() > 1) {
                    BigDecimal previous = sorted.get(sorted.size() - 2).value();
                    if (previous != null) {
                        int c = last.value().compareTo(previous);
                        level = c > 0 ? "UP" : c == 0 ? "STABLE" : "DOWN";
                    }
                }
                evaluation = bands.evaluate(level);
            }
        }
        LocalDate asOf = last == null ? null : last.date();
        if (override != null) {
            return new Result(override, Origin.OVERRIDE, evaluation, asOf, level);
        }
        if (evaluation != null && evaluation.coloured()) {
            return new Result(evaluation.colour(), Origin.COMPUTED, evaluation, asOf, level);
        }
        return new Result(null, Origin.NONE, evaluation, asOf, level);
    }
}

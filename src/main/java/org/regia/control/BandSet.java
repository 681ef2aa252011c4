package org.regia.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.regia.shared.DomainException;

/**
 * The threshold bands of a KPI, of one {@link BandKind}, with the user's choice of how shared edges are read
 * ({@link EdgePolicy}). {@link #validate()} reports overlaps, gaps, inverted bands and missing levels with their exact
 * values; {@link #evaluate} gives the colour of a value (only when exactly one band contains it).
 */
public final class BandSet {

    private static final Pattern ENTRY = Pattern.compile("\\s*([\\p{L}]+)\\s*:\\s*(.+?)\\s*");
    private static final Pattern RANGE = Pattern.compile("(-?[\\d.,  ]+?)\\s*[-–]\\s*(-?[\\d.,  ]+)");
    private static final Pattern COMPARATOR = Pattern.compile("(<=|>=|≤|≥|<|>)\\s*(-?[\\d.,  ]+)");

    private final BandKind kind;
    private final EdgePolicy policy;
    private final List<Band> written;
    private final List<Band> bands;

    public BandSet(BandKind kind, EdgePolicy policy, List<Band> bands) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.policy = policy == null ? EdgePolicy.AS_WRITTEN : policy;
        this.written = List.copyOf(bands);
        this.bands = kind.isRange() ? resolveEdges(this.written, this.policy) : this.written;
    }

    /**
     * Reads a band text such as {@code "green: 200-250; orange: 100-200; red: 0-100"}, {@code "green: 75-100;
     * orange: 50-75; red: <50"}, {@code "green: >4; orange: >2; red: 0"} or {@code "green: REACHED; orange: LATE;
     * red: NONE"}. Colours may be written in English, French or Dutch; "%" signs are ignored.
     */
    public static BandSet parse(BandKind kind, EdgePolicy policy, String text) {
        if (text == null || text.isBlank()) {
            return new BandSet(kind, policy, List.of());
        }
        List<Band> bands = new ArrayList<>();
        for (String entry : text.split("[;|\\n]")) {
            if (entry.isBlank()) {
                continue;
            }
            Matcher m = ENTRY.matcher(entry);
            if (!m.matches()) {
                throw DomainException.onField("bands", "control.band.syntax", entry.trim());
            }
            Colour colour = Colour.parse(m.group(1));
            if (colour == null) {
                throw DomainException.onField("bands", "control.band.colour", m.group(1));
            }
            String condition = m.group(2).replace("%", "").trim();
            bands.add(kind.isRange() ? rangeBand(colour, condition, entry.trim()) : Band.level(colour, condition));
        }
        return new BandSet(kind, policy, bands);
    }

    private static Band rangeBand(Colour colour, String condition, String entry) {
        Matcher range = RANGE.matcher(condition);
        if (range.matches()) {
            return Band.written(colour, number(range.group(1)), number(range.group(2)));
        }
        Matcher cmp = COMPARATOR.matcher(condition);
        if (cmp.matches()) {
            BigDecimal v = number(cmp.group(2));
            return switch (cmp.group(1)) {
                case "<" -> Band.range(colour, null, false, v, false);
                case "<=", "≤" -> Band.range(colour, null, false, v, true);
                case ">" -> Band.range(colour, v, false, null, false);
                default -> Band.range(colour, v, true, null, false);
            };
        }
        if (condition.matches("-?[\\d.,  ]+")) {
            BigDecimal v = number(condition);
            return Band.range(colour, v, true, v, true);
        }
        throw DomainException.onField("bands", "control.band.syntax", entry);
    }

    private static BigDecimal number(String text) {
        return StrictNumber.parse("bands", text.trim());
    }

    /** Applies the edge policy to boundaries shared by two closed, written ranges. */
    private static List<Band> resolveEdges(List<Band> in, EdgePolicy policy) {
        List<Band> out = new ArrayList<>(in);
        if (policy == EdgePolicy.AS_WRITTEN) {
            return List.copyOf(out);
        }
        for (int i = 0; i < out.size(); i++) {
            for (int j = 0; j < out.size(); j++) {
                Band a = out.get(i);
                Band b = out.get(j);
                if (i == j || a.upper() == null || b.lower() == null) {
                    continue;
                }
                if (a.upper().compareTo(b.lower()) == 0 && a.upperInclusive() && b.lowerInclusive()) {
                    // only an edge that came from a written range "a-b" is changed, never a comparator
                    if (policy == EdgePolicy.LOWER_BOUND_INCLUSIVE && a.closedAsWritten()) {
                        out.set(i, a.withUpperInclusive(false));
                    } else if (policy == EdgePolicy.UPPER_BOUND_INCLUSIVE && b.closedAsWritten()) {
                        out.set(j, b.withLowerInclusive(false));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    public BandKind kind() {
        return kind;
    }

    public EdgePolicy policy() {
        return policy;
    }

    /** The bands after the edge policy was applied. */
    public List<Band> bands() {
        return bands;
    }

    public boolean isEmpty() {
        return bands.isEmpty();
    }

    /** Text form that {@link #parse} reads back (edges as written). */
    public String text() {
        return written.stream().map(b -> b.colour().name().toLowerCase() + ": " + writtenCondition(b))
                .collect(Collectors.joining("; "));
    }

    private static String writtenCondition(Band b) {
        if (b.isLevel()) {
            return b.level();
        }
        if (b.closedAsWritten() || (b.lower() != null && b.upper() != null && b.lowerInclusive() && b.upperInclusive())) {
            return b.lower().compareTo(b.upper()) == 0 ? Band.plain(b.lower()) : Band.plain(b.lower()) + "-" + Band.plain(b.upper());
        }
        if (b.lower() == null) {
            return (b.upperInclusive() ? "<=" : "<") + Band.plain(b.upper());
        }
        if (b.upper() == null) {
            return (b.lowerInclusive() ? ">=" : ">") + Band.plain(b.lower());
        }
        return Band.plain(b.lower()) + "-" + Band.plain(b.upper());
    }

    // ---- evaluation -------------------------------------------------------------------------------------------

    /** The colour of a number (range kinds). */
    public Evaluation evaluate(BigDecimal value) {
        if (value == null) {
            return new Evaluation(null, Evaluation.Outcome.NO_VALUE, List.of());
        }
        if (!kind.isRange()) {
            throw DomainException.onField("value", "control.observation.levelExpected");
        }
        return outcome(bands.stream().filter(b -> b.contains(value)).toList());
    }

    /** The colour of a level (milestone, trend, qualitative kinds). */
    public Evaluation evaluate(String level) {
        if (level == null || level.isBlank()) {
            return new Evaluation(null, Evaluation.Outcome.NO_VALUE, List.of());
        }
        if (kind.isRange()) {
            throw DomainException.onField("level", "control.observation.valueExpected");
        }
        String l = level.trim().toUpperCase(Locale.ROOT);
        return outcome(bands.stream().filter(b -> l.equals(b.level())).toList());
    }

    private static Evaluation outcome(List<Band> matching) {
        if (matching.isEmpty()) {
            return new Evaluation(null, Evaluation.Outcome.NO_BAND, matching);
        }
        if (matching.stream().map(Band::colour).distinct().count() > 1) {
            return new Evaluation(null, Evaluation.Outcome.AMBIGUOUS, matching);
        }
        return new Evaluation(matching.get(0).colour(), Evaluation.Outcome.IN_BAND, matching);
    }

    // ---- validation -------------------------------------------------------------------------------------------

    /** Every defect of the set, with the exact values; empty when the bands cover the domain once and only once. */
    public List<BandIssue> validate() {
        List<BandIssue> issues = new ArrayList<>();
        if (bands.isEmpty()) {
            return issues;
        }
        if (kind.isRange()) {
            validateRanges(issues);
        } else {
            validateLevels(issues);
        }
        return issues;
    }

    private void validateRanges(List<BandIssue> issues) {
        List<Band> valid = new ArrayList<>();
        for (Band b : bands) {
            if (b.lower() != null && b.upper() != null
                    && (b.lower().compareTo(b.upper()) > 0
                    || (b.lower().compareTo(b.upper()) == 0 && !(b.lowerInclusive() && b.upperInclusive())))) {
                issues.add(new BandIssue(BandIssue.Type.INVERTED, "control.band.inverted",
                        List.of(b.colour().name(), Band.plain(b.lower()), Band.plain(b.upper())),
                        b.colour() + " band " + b.interval() + " is empty: its lower bound " + Band.plain(b.lower())
                                + " is not below its upper bound " + Band.plain(b.upper())));
            } else {
                valid.add(b);
            }
        }
        for (int i = 0; i < valid.size(); i++) {
            for (int j = i + 1; j < valid.size(); j++) {
                overlap(valid.get(i), valid.get(j), issues);
            }
        }
        gaps(valid, issues);
    }

    private static void overlap(Band a, Band b, List<BandIssue> issues) {
        // intersection = [max lower, min upper]
        BigDecimal lo;
        boolean loIn;
        if (a.lower() == null || (b.lower() != null && b.lower().compareTo(a.lower()) > 0)) {
            lo = b.lower();
            loIn = b.lowerInclusive();
        } else if (b.lower() == null || a.lower().compareTo(b.lower()) > 0) {
            lo = a.lower();
            loIn = a.lowerInclusive();
        } else {
            lo = a.lower();
            loIn = a.lowerInclusive() && b.lowerInclusive();
        }
        BigDecimal hi;
        boolean hiIn;
        if (a.upper() == null || (b.upper() != null && b.upper().compareTo(a.upper()) < 0)) {
            hi = b.upper();
            hiIn = b.upperInclusive();
        } else if (b.upper() == null || a.upper().compareTo(b.upper()) < 0) {
            hi = a.upper();
            hiIn = a.upperInclusive();
        } else {
            hi = a.upper();
            hiIn = a.upperInclusive() && b.upperInclusive();
        }
        boolean empty = lo != null && hi != null && (lo.compareTo(hi) > 0 || (lo.compareTo(hi) == 0 && !(loIn && hiIn)));
        if (empty) {
            return;
        }
        String colours = a.colour() + "/" + b.colour();
        if (lo != null && hi != null && lo.compareTo(hi) == 0) {
            issues.add(new BandIssue(BandIssue.Type.OVERLAP, "control.band.overlapValue",
                    List.of(Band.plain(lo), a.colour().name(), b.colour().name()),
                    "the value " + Band.plain(lo) + " is in two bands (" + colours + ")"));
        } else {
            String range = Band.range(a.colour(), lo, loIn, hi, hiIn).interval();
            issues.add(new BandIssue(BandIssue.Type.OVERLAP, "control.band.overlapRange",
                    List.of(range, a.colour().name(), b.colour().name()),
                    "the values " + range + " are in two bands (" + colours + ")"));
        }
    }

    private void gaps(List<Band> valid, List<BandIssue> issues) {
        List<Band> sorted = new ArrayList<>(valid);
        sorted.sort(Comparator.comparing(Band::lower, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(b -> !b.lowerInclusive()));
        BigDecimal min = kind.domainMin();
        BigDecimal max = kind.domainMax();
        // everything below `reach` is covered; `reachCovered` says whether `reach` itself is
        BigDecimal reach = min;
        boolean reachCovered = false;
        boolean unboundedBelow = min == null;
        boolean started = false;
        for (Band b : sorted) {
            if (!started) {
                started = true;
                if (unboundedBelow && b.lower() != null) {
                    reach = b.lower();
                    reachCovered = !b.lowerInclusive();  // nothing to report below the first band when unbounded
                    unboundedBelow = false;
                }
            }
            if (b.lower() != null && reach != null) {
                int c = b.lower().compareTo(reach);
                boolean gap = c > 0 || (c == 0 && !reachCovered && !b.lowerInclusive());
                if (gap && (max == null || reach.compareTo(max) < 0 || (reach.compareTo(max) == 0 && !reachCovered))) {
                    BigDecimal to = max != null && b.lower().compareTo(max) > 0 ? max : b.lower();
                    boolean toIn = max != null && b.lower().compareTo(max) > 0 || !b.lowerInclusive();
                    addGap(issues, reach, !reachCovered, to, toIn);
                }
            }
            if (b.upper() == null) {
                reach = null;  // covered up to infinity
                break;
            }
            if (reach == null && b.lower() == null) {
                reach = b.upper();
                reachCovered = b.upperInclusive();
                continue;
            }
            int c = reach == null ? 1 : b.upper().compareTo(reach);
            if (c > 0) {
                reach = b.upper();
                reachCovered = b.upperInclusive();
            } else if (c == 0) {
                reachCovered = reachCovered || b.upperInclusive();
            }
        }
        if (reach != null) {
            if (max == null) {
                addGap(issues, reach, !reachCovered, null, false);
            } else if (reach.compareTo(max) < 0 || (reach.compareTo(max) == 0 && !reachCovered)) {
                addGap(issues, reach, !reachCovered, max, true);
            }
        }
    }

    private void addGap(List<BandIssue> issues, BigDecimal from, boolean fromIn, BigDecimal to, boolean toIn) {
        if (kind == BandKind.COUNT && to != null && !containsWholeNumber(from, fromIn, to, toIn)) {
            return;
        }
        String f = Band.plain(from);
        if (to == null) {
            issues.add(new BandIssue(BandIssue.Type.GAP, "control.band.gapAbove", List.of(f, fromIn ? "incl" : "excl"),
                    "no band covers the values above " + f + (fromIn ? " (" + f + " included)" : "")));
            return;
        }
        String t = Band.plain(to);
        if (from.compareTo(to) == 0) {
            issues.add(new BandIssue(BandIssue.Type.GAP, "control.band.gapValue", List.of(f),
                    "no band covers the value " + f));
            return;
        }
        issues.add(new BandIssue(BandIssue.Type.GAP, "control.band.gapRange",
                List.of(f, fromIn ? "incl" : "excl", t, toIn ? "incl" : "excl",
                        Band.range(Colour.GREEN, from, fromIn, to, toIn).interval()),
                "no band covers the values from " + f + (fromIn ? " (included)" : " (excluded)") + " to " + t
                        + (toIn ? " (included)" : " (excluded)")));
    }

    private static boolean containsWholeNumber(BigDecimal from, boolean fromIn, BigDecimal to, boolean toIn) {
        BigDecimal first = from.setScale(0, java.math.RoundingMode.CEILING);
        if (first.compareTo(from) == 0 && !fromIn) {
            first = first.add(BigDecimal.ONE);
        }
        int c = first.compareTo(to);
        return c < 0 || (c == 0 && toIn);
    }

    private void validateLevels(List<BandIssue> issues) {
        Map<String, List<Colour>> byLevel = new LinkedHashMap<>();
        for (Band b : bands) {
            byLevel.computeIfAbsent(b.level(), k -> new ArrayList<>()).add(b.colour());
        }
        byLevel.forEach((level, colours) -> {
            if (colours.size() > 1) {
                String cs = colours.stream().map(Colour::name).collect(Collectors.joining("/"));
                issues.add(new BandIssue(BandIssue.Type.OVERLAP, "control.band.overlapLevel", List.of(level, cs),
                        "the level " + level + " is in two bands (" + cs + ")"));
            }
            if (!kind.requiredLevels().isEmpty() && !kind.requiredLevels().contains(level)) {
                issues.add(new BandIssue(BandIssue.Type.UNKNOWN_LEVEL, "control.band.unknownLevel",
                        List.of(level, String.join(", ", kind.requiredLevels())),
                        "unknown level " + level + " (expected one of " + kind.requiredLevels() + ")"));
            }
        });
        for (String required : kind.requiredLevels()) {
            if (!byLevel.containsKey(required)) {
                issues.add(new BandIssue(BandIssue.Type.MISSING_LEVEL, "control.band.missingLevel", List.of(required),
                        "no band gives a colour to the level " + required));
            }
        }
    }

    /**
     * Compares the French and Dutch versions of the same bands (as printed in the two language columns of a letter):
     * one issue per colour whose band differs, with both texts.
     */
    public static List<BandIssue> compareLanguages(BandSet fr, BandSet nl) {
        List<BandIssue> issues = new ArrayList<>();
        if (fr == null || nl == null) {
            return issues;
        }
        for (Colour c : Colour.values()) {
            String f = describe(fr, c);
            String n = describe(nl, c);
            if (!f.equals(n)) {
                issues.add(new BandIssue(BandIssue.Type.LANGUAGES_DIFFER, "control.band.languagesDiffer",
                        List.of(c.name(), f, n), c + " differs: FR " + f + ", NL " + n));
            }
        }
        return issues;
    }

    private static String describe(BandSet set, Colour c) {
        String d = set.written.stream().filter(b -> b.colour() == c).map(BandSet::writtenCondition)
                .collect(Collectors.joining(" | "));
        return d.isEmpty() ? "—" : d;
    }

    @Override
    public String toString() {
        return kind + " " + policy + " " + bands;
    }
}

package org.regia.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.regia.impact.Additionality.WithoutSupport;

/**
 * One complete set of answers to a survey, typed and checked. Built only through {@link #parse}, which reports every
 * problem at once (field, message key, the offending value) and accepts nothing half-valid: negative or non-numeric
 * figures, thousands separators that make a number ambiguous ("1.344"), a turnover that looks like it was typed in
 * thousands of euros (compared with the organisation's last known accounts), more jobs created and kept than staff,
 * malformed DOIs.
 */
public record Answers(BigDecimal staffFte, BigDecimal fteCreated, BigDecimal fteKept, BigDecimal turnover,
                      BigDecimal exportTurnover, BigDecimal privateFunding, BigDecimal publicFunding, Integer spinOffs,
                      Integer patents, Integer publications, List<String> dois, Integer productsLaunched,
                      Boolean stillInRegion, WithoutSupport withoutSupport, String comment) {

    private static final Pattern DECIMAL = Pattern.compile("\\d+([.,]\\d{1,2})?");
    private static final Pattern INTEGER = Pattern.compile("\\d+");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    /** A turnover below 1/100 of the last known accounts' (or above 100 times) is probably in the wrong unit. */
    static final BigDecimal UNIT_FACTOR = BigDecimal.valueOf(100);
    static final int MAX_COMMENT = 4000;

    /** The organisation's accounts before the project, when known (for the unit check). */
    public record Baseline(Integer year, BigDecimal staff, BigDecimal turnover) {
        public static final Baseline NONE = new Baseline(null, null, null);
    }

    /**
     * Parses the raw form values (keyed by {@link Question#field()}) for the questions asked.
     *
     * @param turnoverConfirmed the respondent confirmed a turnover the unit check doubted
     * @throws AnswersRejected listing every problem
     */
    public static Answers parse(Map<String, String> raw, List<Question> asked, Baseline baseline,
                                boolean turnoverConfirmed) {
        Parser p = new Parser(raw, Set.copyOf(asked));
        BigDecimal staff = p.decimal(Question.STAFF_FTE, Question.MAX_FTE);
        BigDecimal created = p.decimal(Question.FTE_CREATED, Question.MAX_FTE);
        BigDecimal kept = p.decimal(Question.FTE_KEPT, Question.MAX_FTE);
        BigDecimal turnover = p.decimal(Question.TURNOVER, Question.MAX_MONEY);
        BigDecimal export = p.decimal(Question.EXPORT_TURNOVER, Question.MAX_MONEY);
        BigDecimal privateFunding = p.decimal(Question.PRIVATE_FUNDING, Question.MAX_MONEY);
        BigDecimal publicFunding = p.decimal(Question.PUBLIC_FUNDING, Question.MAX_MONEY);
        Integer spinOffs = p.integer(Question.SPIN_OFFS);
        Integer patents = p.integer(Question.PATENTS);
        Integer publications = p.integer(Question.PUBLICATIONS);
        List<String> dois = p.dois();
        Integer products = p.integer(Question.PRODUCTS_LAUNCHED);
        Boolean inRegion = p.bool(Question.STILL_IN_REGION);
        WithoutSupport without = p.choice(Question.WITHOUT_SUPPORT);
        String comment = raw.getOrDefault("comment", "").strip();
        if (comment.length() > MAX_COMMENT) {
            p.problem("comment", "impact.answer.tooLong", MAX_COMMENT);
        }
        if (staff != null && created != null && kept != null && created.add(kept).compareTo(staff) > 0) {
            p.problem(Question.FTE_CREATED.field(), "impact.answer.fteExceedsStaff", created.add(kept), staff);
        }
        if (turnover != null && export != null && export.compareTo(turnover) > 0) {
            p.problem(Question.EXPORT_TURNOVER.field(), "impact.answer.exportExceedsTurnover", export, turnover);
        }
        if (publications != null && dois.size() > publications) {
            p.problem(Question.DOIS.field(), "impact.answer.moreDoisThanPublications", dois.size(), publications);
        }
        if (turnover != null && !turnoverConfirmed && baseline.turnover() != null
                && baseline.turnover().signum() > 0 && turnover.signum() > 0) {
            BigDecimal ratio = turnover.divide(baseline.turnover(), 6, RoundingMode.HALF_UP);
            if (ratio.multiply(UNIT_FACTOR).compareTo(BigDecimal.ONE) < 0 || ratio.compareTo(UNIT_FACTOR) > 0) {
                p.problem(Question.TURNOVER.field(), "impact.answer.turnoverUnit", turnover, baseline.turnover(), baseline.year());
            }
        }
        p.throwIfAny();
        return new Answers(staff, created, kept, turnover, export, privateFunding, publicFunding, spinOffs, patents,
                publications, dois, products, inRegion, without, comment.isEmpty() ? null : comment);
    }

    private static final class Parser {
        private final Map<String, String> raw;
        private final Set<Question> asked;
        private final List<AnswersRejected.Problem> problems = new ArrayList<>();

        Parser(Map<String, String> raw, Set<Question> asked) {
            this.raw = raw;
            this.asked = asked;
        }

        void problem(String field, String key, Object... args) {
            problems.add(new AnswersRejected.Problem(field, key, List.of(args)));
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new AnswersRejected(problems);
            }
        }

        private String text(Question q) {
            if (!asked.contains(q)) {
                return null;
            }
            String v = raw.get(q.field());
            v = v == null ? "" : v.replace('\u00a0', ' ').strip();
            if (v.isEmpty() && q != Question.DOIS) {
                problem(q.field(), "impact.answer.required");
                return null;
            }
            return v;
        }

        BigDecimal decimal(Question q, BigDecimal max) {
            String v = text(q);
            if (v == null) {
                return null;
            }
            String compact = v.replace(" ", "");
            if (compact.startsWith("-")) {
                problem(q.field(), "impact.answer.negative", v);
                return null;
            }
            if (!DECIMAL.matcher(compact).matches()) {
                problem(q.field(), "impact.answer.number", v);
                return null;
            }
            BigDecimal d = new BigDecimal(compact.replace(',', '.'));
            if (d.compareTo(max) > 0) {
                problem(q.field(), "impact.answer.tooLarge", v, max);
                return null;
            }
            return d;
        }

        Integer integer(Question q) {
            String v = text(q);
            if (v == null) {
                return null;
            }
            if (v.startsWith("-")) {
                problem(q.field(), "impact.answer.negative", v);
                return null;
            }
            if (!INTEGER.matcher(v).matches() || v.length() > 6) {
                problem(q.field(), "impact.answer.integer", v);
                return null;
            }
            return Integer.valueOf(v);
        }

        Boolean bool(Question q) {
            String v = text(q);
            if (v == null) {
                return null;
            }
            return switch (v) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> {
                    problem(q.field(), "impact.answer.choice", v);
                    yield null;
                }
            };
        }

        WithoutSupport choice(Question q) {
            String v = text(q);
            if (v == null) {
                return null;
            }
            try {
                return WithoutSupport.valueOf(v);
            } catch (IllegalArgumentException e) {
                problem(q.field(), "impact.answer.choice", v);
                return null;
            }
        }

        List<String> dois() {
            String v = text(Question.DOIS);
            if (v == null || v.isEmpty()) {
                return List.of();
            }
            Set<String> out = new LinkedHashSet<>();
            int line = 0;
            for (String l : v.split("[\\r\\n]+")) {
                line++;
                String doi = l.strip().replaceFirst("^(https?://(dx\\.)?doi\\.org/|doi:)", "");
                if (doi.isEmpty()) {
                    continue;
                }
                if (!DOI.matcher(doi).matches()) {
                    problem(Question.DOIS.field(), "impact.answer.doi", line, l.strip());
                } else {
                    out.add(doi.toLowerCase(java.util.Locale.ROOT));
                }
            }
            return List.copyOf(out);
        }
    }
}

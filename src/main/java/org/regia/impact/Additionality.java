package org.regia.impact;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Additionality estimators (the Flemish social-economic council's 5th recommendation: would the project have
 * happened without support?). Each estimate reports its sample sizes and refuses, with the reason, when the data are
 * too thin.
 */
public final class Additionality {

    static final double Z95 = new NormalDistribution(0, 1).inverseCumulativeProbability(0.975);

    private Additionality() {
    }

    /** A ranked application: its evaluation score and an outcome (e.g. jobs created three years later). */
    public record Scored(double score, double outcome) {
    }

    /** A unit observed before and after: funded or not. */
    public record Panel(boolean funded, double before, double after) {
    }

    /** The survey answer to "would you have done the project without support?". */
    public enum WithoutSupport { FULLY, SMALLER, LATER, NOT_AT_ALL }

    /**
     * Sharp regression discontinuity at the funding line: applications scored at or above {@code cutoff} were funded.
     * Local linear regression on each side within {@code bandwidth} of the cutoff, triangular kernel weights, HC1
     * robust standard error. The effect is the jump in the outcome at the cutoff.
     *
     * @param minPerSide fewest applications required on each side within the bandwidth
     */
    public static Estimate regressionDiscontinuity(List<Scored> data, double cutoff, double bandwidth, int minPerSide) {
        List<Scored> window = data.stream().filter(d -> Math.abs(d.score() - cutoff) <= bandwidth).toList();
        int above = (int) window.stream().filter(d -> d.score() >= cutoff).count();
        int below = window.size() - above;
        Map<String, Integer> n = Map.of("total", data.size(), "inBandwidth", window.size(), "funded", above, "notFunded", below);
        if (bandwidth <= 0) {
            return Estimate.refused("rdd", n, "impact.estimate.bandwidth", bandwidth);
        }
        if (above < minPerSide || below < minPerSide) {
            return Estimate.refused("rdd", n, "impact.estimate.tooFewNearLine", above, below, minPerSide, bandwidth);
        }
        double[][] x = new double[window.size()][];
        double[] y = new double[window.size()];
        double[] w = new double[window.size()];
        for (int i = 0; i < window.size(); i++) {
            Scored d = window.get(i);
            double r = d.score() - cutoff;
            double t = d.score() >= cutoff ? 1 : 0;
            x[i] = new double[] {1, t, r, t * r};
            y[i] = d.outcome();
            w[i] = Math.max(1e-9, 1 - Math.abs(r) / bandwidth);
        }
        RobustRegression fit = RobustRegression.fit(x, y, w);
        return Estimate.of("rdd", fit.beta[1], fit.robustSe[1], Z95, n);
    }

    /**
     * Difference-in-differences of funded versus not funded (rejected) applicants on an outcome's before/after
     * values: the regression of the change on a funded dummy, with HC1 robust standard error.
     */
    public static Estimate differenceInDifferences(List<Panel> data, int minPerGroup) {
        int treated = (int) data.stream().filter(Panel::funded).count();
        int control = data.size() - treated;
        Map<String, Integer> n = Map.of("funded", treated, "notFunded", control);
        if (treated < minPerGroup || control < minPerGroup) {
            return Estimate.refused("did", n, "impact.estimate.tooFewGroups", treated, control, minPerGroup);
        }
        double[][] x = new double[data.size()][];
        double[] y = new double[data.size()];
        double[] w = new double[data.size()];
        for (int i = 0; i < data.size(); i++) {
            Panel p = data.get(i);
            x[i] = new double[] {1, p.funded() ? 1 : 0};
            y[i] = p.after() - p.before();
            w[i] = 1;
        }
        RobustRegression fit = RobustRegression.fit(x, y, w);
        return Estimate.of("did", fit.beta[1], fit.robustSe[1], Z95, n);
    }

    /**
     * Stated input additionality: the share of beneficiaries who would not have done the project at all without
     * support, with a Wilson 95% interval, and the distribution of all answers.
     */
    public static StatedAdditionality stated(List<WithoutSupport> answers, int minAnswers) {
        Map<WithoutSupport, Integer> counts = new EnumMap<>(WithoutSupport.class);
        for (WithoutSupport w : WithoutSupport.values()) {
            counts.put(w, 0);
        }
        answers.forEach(a -> counts.merge(a, 1, Integer::sum));
        int n = answers.size();
        if (n < minAnswers) {
            return new StatedAdditionality(counts, n, null, null, null, "impact.estimate.tooFewAnswers", List.of(n, minAnswers));
        }
        double p = counts.get(WithoutSupport.NOT_AT_ALL) / (double) n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new StatedAdditionality(counts, n, p, centre - half, centre + half, null, List.of());
    }

    public record StatedAdditionality(Map<WithoutSupport, Integer> counts, int answers, Double fullyAdditionalShare,
                                      Double lower, Double upper, String refusalKey, List<Object> refusalArguments) {
        public boolean refused() {
            return refusalKey != null;
        }
    }

    static List<Scored> scored(double[] scores, double[] outcomes) {
        List<Scored> list = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            list.add(new Scored(scores[i], outcomes[i]));
        }
        return list;
    }
}

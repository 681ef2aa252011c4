package org.regia.impact;

import java.util.List;
import java.util.Map;

/**
 * An effect estimate with its robust standard error, 95% confidence interval and the sample sizes — or, when the
 * data are too thin, a refusal with the reason (message key and arguments) and no number at all.
 */
public record Estimate(String method, Double effect, Double standardError, Double lower, Double upper,
                       Map<String, Integer> sampleSizes, String refusalKey, List<Object> refusalArguments) {

    static Estimate of(String method, double effect, double se, double z, Map<String, Integer> n) {
        return new Estimate(method, effect, se, effect - z * se, effect + z * se, Map.copyOf(n), null, List.of());
    }

    static Estimate refused(String method, Map<String, Integer> n, String key, Object... args) {
        return new Estimate(method, null, null, null, null, Map.copyOf(n), key, List.of(args));
    }

    public boolean refused() {
        return refusalKey != null;
    }

    /** The interval excludes zero. */
    public boolean significant() {
        return !refused() && (lower > 0 || upper < 0);
    }

    public boolean covers(double value) {
        return !refused() && lower <= value && value <= upper;
    }
}

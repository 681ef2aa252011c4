package org.regia.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic applicants with a known effect, to validate the estimators: scores around 60 (sd 15), funded when the
 * score reaches the funding line, an outcome before (e.g. FTE) and after that depends smoothly on the score, a common
 * trend, noise, and {@code effect} added for funded applicants only. The trend does not depend on the score
 * (parallel trends) but the level does, so a naive funded/not-funded comparison is biased and the estimators are not.
 */
public final class SyntheticCalls {

    private SyntheticCalls() {
    }

    public record Applicant(double score, boolean funded, double before, double after) {
    }

    public static List<Applicant> generate(long seed, int applicants, double fundingLine, double effect) {
        Random r = new Random(seed);
        List<Applicant> list = new ArrayList<>(applicants);
        for (int i = 0; i < applicants; i++) {
            double score = Math.max(0, Math.min(100, 60 + 15 * r.nextGaussian()));
            boolean funded = score >= fundingLine;
            double ability = 0.08 * (score - 60);
            double before = 10 + ability + 2 * r.nextGaussian();
            // heteroskedastic noise: larger firms vary more
            double after = before + 1.5 + (funded ? effect : 0) + (1 + 0.02 * score) * r.nextGaussian();
            list.add(new Applicant(score, funded, before, after));
        }
        return list;
    }

    public static List<Additionality.Scored> forDiscontinuity(List<Applicant> applicants) {
        return applicants.stream().map(a -> new Additionality.Scored(a.score(), a.after())).toList();
    }

    public static List<Additionality.Panel> forDifferences(List<Applicant> applicants) {
        return applicants.stream().map(a -> new Additionality.Panel(a.funded(), a.before(), a.after())).toList();
    }
}

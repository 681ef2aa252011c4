package org.regia.evaluation;

import java.util.Set;

/**
 * How well an expert fits an application: 10 points per shared expertise keyword, 15 per shared strategic domain.
 * Integer, so that the optimum is exact; simple enough to be explained to an officer.
 */
public final class Affinity {

    public static final int PER_KEYWORD = 10;
    public static final int PER_DOMAIN = 15;

    private Affinity() {
    }

    public static int of(ApplicationProfile application, ExpertProfile expert) {
        return PER_KEYWORD * shared(application.keywords(), expert.keywords())
                + PER_DOMAIN * shared(application.domains(), expert.domains());
    }

    private static int shared(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String s : small) {
            if (large.contains(s)) {
                n++;
            }
        }
        return n;
    }
}

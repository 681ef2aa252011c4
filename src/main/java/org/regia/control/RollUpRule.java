package org.regia.control;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the colours of children (KPIs of an objective, sub-objectives of an objective) give the colour of the parent.
 * Chosen per body; children without a colour are ignored; no coloured child gives no colour.
 */
public enum RollUpRule {
    /** The worst colour of the children: one red child makes the parent red. */
    WORST_OF,
    /** The most frequent colour; a tie goes to the worse colour. */
    MAJORITY,
    /** Green only when all children are green, red when at least half are red, orange otherwise. */
    ALL_GREEN_HALF_RED;

    public Colour combine(Collection<Colour> children) {
        Map<Colour, Integer> counts = new EnumMap<>(Colour.class);
        int total = 0;
        for (Colour c : children) {
            if (c != null) {
                counts.merge(c, 1, Integer::sum);
                total++;
            }
        }
        if (total == 0) {
            return null;
        }
        return switch (this) {
            case WORST_OF -> counts.keySet().stream().reduce(Colour.GREEN, Colour::worse);
            case MAJORITY -> {
                Colour best = null;
                int bestCount = -1;
                for (Colour c : Colour.values()) {  // green, orange, red: ">=" lets the worse colour win a tie
                    int n = counts.getOrDefault(c, 0);
                    if (n > 0 && n >= bestCount) {
                        best = c;
                        bestCount = n;
                    }
                }
                yield Objects.requireNonNull(best);
            }
            case ALL_GREEN_HALF_RED -> {
                int red = counts.getOrDefault(Colour.RED, 0);
                if (counts.getOrDefault(Colour.GREEN, 0) == total) {
                    yield Colour.GREEN;
                }
                yield red * 2 >= total ? Colour.RED : Colour.ORANGE;
            }
        };
    }
}

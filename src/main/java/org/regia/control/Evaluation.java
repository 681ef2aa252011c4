package org.regia.control;

import java.util.List;

/**
 * Result of evaluating a value against a band set: the colour when exactly one band contains it; otherwise why not
 * (no band, or several bands: an ambiguous value is never coloured silently).
 */
public record Evaluation(Colour colour, Outcome outcome, List<Band> matching) {

    public enum Outcome { IN_BAND, NO_BAND, AMBIGUOUS, NO_VALUE }

    public Evaluation {
        matching = List.copyOf(matching);
    }

    public boolean coloured() {
        return colour != null;
    }
}

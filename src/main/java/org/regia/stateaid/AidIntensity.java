package org.regia.stateaid;

import java.util.List;

/**
 * A maximum aid intensity in percent with the steps that led to it, each a message key with its arguments, so the UI
 * can explain the calculation line by line in the user's language.
 */
public record AidIntensity(int percent, List<Step> steps) {

    public AidIntensity {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("intensity out of range: " + percent);
        }
        steps = List.copyOf(steps);
    }

    /** One line of the explanation: e.g. key "stateaid.step.smallBonus" with arguments (+20, 45). */
    public record Step(String messageKey, Object... arguments) {
    }
}

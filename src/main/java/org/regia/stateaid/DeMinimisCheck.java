package org.regia.stateaid;

import java.time.LocalDate;
import java.util.List;
import org.regia.shared.Money;

/**
 * The de minimis position of a single undertaking for a new aid granted on {@code on}: the three-year window ending
 * that day, what was already granted in it, the headroom under the ceiling, and whether the new aid would exceed it.
 */
public record DeMinimisCheck(String undertaking, LocalDate windowStart, LocalDate on, Money ceiling, Money alreadyGranted,
                             Money headroom, Money requested, List<DeMinimisAid> aidsInWindow) {

    public boolean exceeds() {
        return requested.isGreaterThan(headroom);
    }

    /** By how much the new aid would exceed the ceiling (zero when it fits). */
    public Money excess() {
        return exceeds() ? requested.minus(headroom) : Money.ZERO;
    }
}

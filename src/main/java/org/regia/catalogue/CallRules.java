package org.regia.catalogue;

import java.time.Instant;
import java.util.UUID;

/**
 * What another module needs of a call at one instant — its state and window, and its programme's eligibility rules —
 * read in one statement ({@link CatalogueService#callRules}) instead of loading the call with its programme's
 * collections (nine statements): the submission at the deadline asks for it.
 */
public record CallRules(UUID callId, CallState state, CallMode mode, Instant opensAt, Instant closesAt,
                        ProgrammeEligibility programme) {

    /** The same rule as {@link Call#isOpenAt}. */
    public boolean isOpenAt(Instant t) {
        return Call.isOpen(state, mode, opensAt, closesAt, t);
    }
}

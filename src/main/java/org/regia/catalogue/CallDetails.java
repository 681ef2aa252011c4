package org.regia.catalogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.regia.shared.LocalizedText;

/**
 * What an officer describes about a call. {@code expectedGrant} is the largest grant the call expects to award
 * (optional); it counts with the budget for the equal-opportunities threshold.
 */
public record CallDetails(LocalizedText title, LocalizedText theme, CallMode mode, Instant opensAt, Instant closesAt,
                          int stages, BigDecimal budget, BigDecimal expectedGrant, String criteriaReference,
                          List<Instant> infoSessions) {
}

package org.regia.opendata.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One valid row of an imported file, ready to be written to the external portfolio. */
public record GrantRow(int row, String identifier, String title, String description,
                       String funderId, String funderName, String recipientId, String recipientName,
                       String recipientCountry, String recipientType, String projectRef, String role,
                       BigDecimal amount, String currency, LocalDate awardDate, Integer awardYear,
                       LocalDate startDate, LocalDate endDate, String programme, Boolean fromOpenCall) {
}

package org.regia.opendata.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One grant (or participation) of a published dataset, as in the open-data API. {@code domains} are the strategic
 * innovation domains (Regia's own grants only; empty for external portfolios).
 */
public record ExternalGrantView(String dataset, String identifier, String title, String description, String funderId, String funderName,
                                String recipientId, String recipientName, String recipientCountry, String recipientType,
                                String projectRef, String role, BigDecimal amount, String currency, LocalDate awardDate,
                                Integer year, LocalDate startDate, LocalDate endDate, String programme, Boolean fromOpenCall,
                                java.util.List<String> domains, String beneficiaryLocation) {
}

package org.regia.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One awarded grant as published in open data (the fields of the 360Giving Data Standard that Regia fills).
 *
 * @param localId              identifier in the publisher's records; the export prefixes it with the 360Giving prefix
 * @param recipientIsIndividual grants to individuals are redacted on export (no name, no identifier of the person)
 */
public record OpenGrant(String localId, String title, String description, BigDecimal amountAwarded, String currency,
                        LocalDate awardDate, LocalDate plannedStart, LocalDate plannedEnd,
                        String recipientOrgId, String recipientName, boolean recipientIsIndividual,
                        String funderOrgId, String funderName, String programme, List<String> classifications,
                        String beneficiaryLocation, Boolean fromOpenCall) {
}

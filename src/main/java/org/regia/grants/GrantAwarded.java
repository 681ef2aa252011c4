package org.regia.grants;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published once when a grant is created (from a funding decision or by an officer). Impact schedules its ex-post
 * surveys from it; open data may publish it. {@code applicationId}, {@code callId} and {@code programmeId} are null for
 * a grant created outside a call.
 *
 * @param grantId        the grant
 * @param reference      its human reference (agreement number)
 * @param organisationId the beneficiary (the coordinator for a consortium)
 * @param title          the project title
 * @param awarded        total amount awarded (EUR)
 * @param start          project start
 * @param end            project end
 * @param awardedAt      when the grant was awarded
 */
public record GrantAwarded(UUID grantId, String reference, UUID organisationId, UUID applicationId, UUID callId,
                           UUID programmeId, String title, BigDecimal awarded, LocalDate start, LocalDate end,
                           Instant awardedAt) {
}

package org.regia.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Published once when a funding decision for an application is final (committee decision recorded and approved).
 * The grants module consumes it to create the grant and its agreement; open data and impact may listen too.
 *
 * @param decisionId      unique id of the decision (consumers use it for idempotency)
 * @param applicationId   the application decided on
 * @param callId          its call
 * @param programmeId     the call's programme
 * @param receiptNumber   the application's submission receipt number (human reference)
 * @param title           the project title
 * @param funded          true when funded; false for a rejection (consumers that create grants ignore those)
 * @param decidedAt       when the decision was taken
 * @param plannedStart    planned project start (funded decisions)
 * @param plannedEnd      planned project end (funded decisions)
 * @param awards          the amounts awarded per partner organisation (empty for a rejection)
 */
public record FundingDecided(UUID decisionId, UUID applicationId, UUID callId, UUID programmeId, String receiptNumber,
                             String title, boolean funded, Instant decidedAt, LocalDate plannedStart,
                             LocalDate plannedEnd, List<PartnerAward> awards) {

    public FundingDecided {
        awards = awards == null ? List.of() : List.copyOf(awards);
    }

    /** The aid awarded to one partner, with its role in the consortium. */
    public record PartnerAward(UUID organisationId, boolean coordinator, BigDecimal amount) {
    }

    public BigDecimal totalAwarded() {
        return awards.stream().map(PartnerAward::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

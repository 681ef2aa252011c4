package org.regia.applications;

import java.time.Instant;
import java.util.UUID;

/** Published once when an application is submitted (for evaluation and later modules). */
public record ApplicationSubmitted(UUID applicationId, UUID callId, String receiptNumber, String snapshotSha256,
                                   Instant submittedAt) {
}

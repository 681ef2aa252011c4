package org.regia.opendata.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An imported dataset of an external funder's portfolio. */
public record DatasetView(UUID id, String key, ImportFormat format, String title, String funderId, String funderName,
                          String sourceFile, String licence, int grantCount, BigDecimal totalAmount, Instant updatedAt) {
}

package org.regia.opendata.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A published grant dataset: an imported external funder's portfolio, or Regia's own grants ({@code own}). */
public record DatasetView(UUID id, String key, ImportFormat format, String title, String funderId, String funderName,
                          String sourceFile, String licence, int grantCount, BigDecimal totalAmount, Instant updatedAt,
                          boolean own) {
}

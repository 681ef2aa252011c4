package org.regia.catalogue;

import java.util.UUID;

/**
 * Hook for the applications module: how many applications a call has. The catalogue shows the count on the
 * officer's call pages. Until a bean implementing this exists, {@link CatalogueService#applicationCount} returns 0.
 */
public interface ApplicationCounts {

    long countFor(UUID callId);
}

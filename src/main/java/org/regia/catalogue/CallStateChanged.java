package org.regia.catalogue;

import java.time.Instant;
import java.util.UUID;

/**
 * Published (transactionally) when a call moves to another state, e.g. so the applications module can stop accepting
 * drafts of a closed call or notify applicants. Listen with {@code @ApplicationModuleListener}.
 */
public record CallStateChanged(UUID callId, UUID programmeId, CallState from, CallState to, Instant at) {
}

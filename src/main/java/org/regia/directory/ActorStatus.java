package org.regia.directory;

/** An entry is public only once the institute has validated it; an inactive actor receives no referrals. */
public enum ActorStatus {
    PENDING_VALIDATION, PUBLISHED, INACTIVE
}

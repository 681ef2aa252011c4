package org.regia.catalogue;

import java.util.Set;

/** Life of a call. Transitions are only those listed in {@link #next()}. */
public enum CallState {
    DRAFT, PUBLISHED, OPEN, CLOSED, ARCHIVED;

    public Set<CallState> next() {
        return switch (this) {
            case DRAFT -> Set.of(PUBLISHED);
            case PUBLISHED -> Set.of(OPEN);
            case OPEN -> Set.of(CLOSED);
            case CLOSED -> Set.of(ARCHIVED);
            case ARCHIVED -> Set.of();
        };
    }

    public boolean canGoTo(CallState target) {
        return next().contains(target);
    }
}

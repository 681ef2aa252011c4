package org.regia.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user behind the current request. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<RegiaAccount> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof RegiaAccount account) {
            return Optional.of(account);
        }
        return Optional.empty();
    }

    public static UUID id() {
        return get().map(RegiaAccount::userId)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not logged in"));
    }

    public static boolean hasRole(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }

    public static boolean hasAnyRole(Role... roles) {
        for (Role r : roles) {
            if (hasRole(r)) {
                return true;
            }
        }
        return false;
    }
}

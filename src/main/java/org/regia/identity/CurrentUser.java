package org.regia.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
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

    /**
     * Runs a task as the platform itself (administrator rights, no user): demo data and other start-up work that
     * goes through services checking who calls them. The previous authentication is restored afterwards.
     */
    public static void asSystem(Runnable task) {
        var context = SecurityContextHolder.getContext();
        Authentication previous = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                AuthorityUtils.createAuthorityList(Role.ADMIN.authority())));
        try {
            task.run();
        } finally {
            context.setAuthentication(previous);
        }
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

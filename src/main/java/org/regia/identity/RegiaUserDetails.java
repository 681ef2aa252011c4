package org.regia.identity;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a form login. */
record RegiaUserDetails(UUID userId, String email, String displayName, String password, List<GrantedAuthority> authorities,
                        boolean enabled, boolean locked) implements UserDetails, RegiaAccount {

    static RegiaUserDetails of(UserAccount user, boolean locked) {
        return new RegiaUserDetails(user.getId(), user.getEmail(), user.getDisplayName(), user.getPasswordHash(),
                authorities(user), user.isEnabled(), locked);
    }

    static List<GrantedAuthority> authorities(UserAccount user) {
        return user.getRoles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "RegiaUserDetails[" + email + "]";
    }
}

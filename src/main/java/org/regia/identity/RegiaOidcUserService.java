package org.regia.identity;

import java.util.List;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/** Maps an OIDC login to the local account with the same (verified) e-mail; roles come from Regia, not the provider. */
@Component
class RegiaOidcUserService extends OidcUserService {

    private final AccountService accounts;

    RegiaOidcUserService(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser external = super.loadUser(request);
        String email = external.getEmail();
        if (email == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error("missing_email", "The identity provider sent no e-mail", null));
        }
        String name = external.getFullName() != null ? external.getFullName() : email;
        UserAccount user = accounts.linkExternal(email, name, Boolean.TRUE.equals(external.getEmailVerified()));
        return new RegiaOidcUser(external, user);
    }

    static final class RegiaOidcUser extends DefaultOidcUser implements RegiaAccount {
        private final UUID userId;
        private final String email;
        private final String displayName;

        RegiaOidcUser(OidcUser external, UserAccount user) {
            super(List.<GrantedAuthority>copyOf(RegiaUserDetails.authorities(user)), external.getIdToken(), external.getUserInfo(), "email");
            this.userId = user.getId();
            this.email = user.getEmail();
            this.displayName = user.getDisplayName();
        }

        @Override
        public UUID userId() {
            return userId;
        }

        @Override
        public String email() {
            return email;
        }

        @Override
        public String displayName() {
            return displayName;
        }
    }
}

package org.regia.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.regia.notifications.Mailer;
import org.regia.shared.DomainException;
import org.regia.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: registration with e-mail verification, login bookkeeping (throttling), roles. */
@Service
@Transactional
public class AccountService implements UserDetailsService {

    static final Duration VERIFICATION_VALIDITY = Duration.ofHours(48);
    static final int MIN_PASSWORD_LENGTH = 10;

    private final UserAccountRepository users;
    private final PasswordEncoder passwords;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountService(UserAccountRepository users, PasswordEncoder passwords, Mailer mailer, MessageSource messages, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount user = users.findByEmail(UserAccount.normaliseEmail(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return RegiaUserDetails.of(user, user.isLocked(clock.instant()));
    }

    /**
     * Creates an applicant account that stays disabled until the link sent by e-mail is opened.
     *
     * @param verifyUrlBase the absolute URL of the verification page, the token is appended
     */
    public UserAccount registerApplicant(String email, String displayName, String password, Locale locale, String verifyUrlBase) {
        String normalised = UserAccount.normaliseEmail(email);
        if (normalised == null || !normalised.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            throw DomainException.onField("email", "registration.emailInvalid");
        }
        if (users.existsByEmail(normalised)) {
            throw DomainException.onField("email", "registration.emailTaken");
        }
        checkPassword(password);
        UserAccount user = new UserAccount(normalised, displayName.trim(), passwords.encode(password),
                EnumSet.of(Role.APPLICANT), clock.instant());
        user.changePreferredLanguage(locale.getLanguage());
        String token = newToken();
        user.awaitVerification(sha256(token), clock.instant().plus(VERIFICATION_VALIDITY));
        users.save(user);
        String link = verifyUrlBase + "?token=" + token;
        mailer.send(normalised,
                messages.getMessage("registration.mail.subject", null, locale),
                messages.getMessage("registration.mail.body", new Object[] {displayName.trim(), link, VERIFICATION_VALIDITY.toHours()}, locale));
        return user;
    }

    /** @return true when the token was valid and the account is now active */
    public boolean verifyEmail(String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        return users.findByVerificationTokenHash(sha256(token)).map(u -> u.verify(clock.instant())).orElse(false);
    }

    /** Creates an active account directly (administrators, demo data). */
    public UserAccount createActive(String email, String displayName, String rawPassword, Set<Role> roles) {
        String normalised = UserAccount.normaliseEmail(email);
        if (users.existsByEmail(normalised)) {
            throw DomainException.onField("email", "registration.emailTaken");
        }
        return users.save(new UserAccount(normalised, displayName, rawPassword == null ? null : passwords.encode(rawPassword),
                roles, clock.instant()).activated());
    }

    /** Finds or creates the local account of a person who logged in through OIDC. */
    UserAccount linkExternal(String email, String displayName, boolean emailVerified) {
        String normalised = UserAccount.normaliseEmail(email);
        return users.findByEmail(normalised).orElseGet(() -> {
            if (!emailVerified) {
                throw new DomainException("oidc.emailNotVerified");
            }
            return users.save(new UserAccount(normalised, displayName, null, EnumSet.of(Role.APPLICANT), clock.instant()).activated());
        });
    }

    public void changeRoles(UUID userId, Set<Role> roles) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
        user.changeRoles(roles);
    }

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return users.findAll(org.springframework.data.domain.Sort.by("email"));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> byId(UUID id) {
        return users.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> byEmail(String email) {
        return users.findByEmail(UserAccount.normaliseEmail(email));
    }

    @Transactional(readOnly = true)
    public boolean anyUser() {
        return users.count() > 0;
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        users.findByEmail(UserAccount.normaliseEmail(event.getAuthentication().getName()))
                .ifPresent(u -> u.loginFailed(clock.instant()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof RegiaAccount account) {
            users.findById(account.userId()).filter(u -> u.getFailedLogins() > 0 || u.getLockedUntil() != null)
                    .ifPresent(UserAccount::loginSucceeded);
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw DomainException.onField("password", "registration.passwordTooShort", MIN_PASSWORD_LENGTH);
        }
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

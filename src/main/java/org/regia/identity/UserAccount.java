package org.regia.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A person who logs in. Secrets (password hash, tokens) are kept out of the audit history. */
@Entity
@Table(name = "user_account")
@Audited
public class UserAccount {

    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String email;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @NotAudited
    @Column(name = "password_hash")
    private String passwordHash;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    @Column(nullable = false)
    private boolean enabled;
    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;
    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage = "fr";
    @NotAudited
    @Column(name = "verification_token_hash")
    private String verificationTokenHash;
    @NotAudited
    @Column(name = "verification_expires_at")
    private Instant verificationExpiresAt;
    @NotAudited
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;
    @NotAudited
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String email, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.email = normaliseEmail(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** Account usable right away (demo users, accounts created by an administrator, OIDC with verified e-mail). */
    public UserAccount activated() {
        this.enabled = true;
        this.emailVerified = true;
        return this;
    }

    void awaitVerification(String tokenHash, Instant expiresAt) {
        this.verificationTokenHash = tokenHash;
        this.verificationExpiresAt = expiresAt;
        this.enabled = false;
        this.emailVerified = false;
    }

    boolean verify(Instant now) {
        if (verificationExpiresAt == null || now.isAfter(verificationExpiresAt)) {
            return false;
        }
        this.emailVerified = true;
        this.enabled = true;
        this.verificationTokenHash = null;
        this.verificationExpiresAt = null;
        return true;
    }

    void loginFailed(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
        }
    }

    void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    void changeRoles(Set<Role> newRoles) {
        this.roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
    }

    void changePreferredLanguage(String language) {
        this.preferredLanguage = language;
    }

    public UUID getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    int getFailedLogins() {
        return failedLogins;
    }

    String getVerificationTokenHash() {
        return verificationTokenHash;
    }
}

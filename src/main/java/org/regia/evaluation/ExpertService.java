package org.regia.evaluation;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.regia.identity.CurrentUser;
import org.regia.identity.RegiaAccount;
import org.regia.shared.DomainException;
import org.regia.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The expert pool: officers manage it; an expert maintains their own profile. */
@Service
@Transactional
public class ExpertService {

    private final ExpertRepository experts;
    private final org.regia.audit.RecordHistory history;
    private final Clock clock;

    ExpertService(ExpertRepository experts, org.regia.audit.RecordHistory history, Clock clock) {
        this.experts = experts;
        this.history = history;
        this.clock = clock;
    }

    /** The history of the signed-in expert's own profile (Envers revisions, oldest first). */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional(readOnly = true)
    public List<org.regia.audit.RecordHistory.Revision> myHistory(UUID expertId) {
        Expert me = experts.findById(expertId).orElseThrow(() -> new NotFoundException("expert", expertId));
        RegiaAccount account = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("not logged in"));
        if (!account.userId().equals(me.getUserId())) {
            throw new AccessDeniedException("not your profile");
        }
        return history.of("Expert", expertId.toString());
    }

    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN','COMMITTEE')")
    @Transactional(readOnly = true)
    public List<Expert> all() {
        return experts.findAllByOrderByName();
    }

    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    @Transactional(readOnly = true)
    public Expert get(UUID id) {
        return experts.findById(id).orElseThrow(() -> new NotFoundException("expert", id));
    }

    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public Expert create(String email, ExpertDetails details) {
        String normalised = email == null ? null : email.trim().toLowerCase(Locale.ROOT);
        if (normalised != null && experts.findByEmail(normalised).isPresent()) {
            throw DomainException.onField("email", "evaluation.expert.emailTaken", normalised);
        }
        return experts.saveAndFlush(new Expert(normalised, null, details, clock.instant()));
    }

    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public Expert update(UUID id, long expectedVersion, ExpertDetails details) {
        Expert e = get(id);
        checkVersion(e, expectedVersion);
        e.describe(details, clock.instant());
        return experts.saveAndFlush(e);
    }

    /**
     * The signed-in expert's profile: linked by login, else by e-mail (an officer created it), else a new profile
     * with prudent defaults (not available until the expert completes it).
     */
    @PreAuthorize("hasRole('EXPERT')")
    public Expert mine() {
        RegiaAccount me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("not logged in"));
        return experts.findByUserId(me.userId()).orElseGet(() -> experts.findByEmail(me.email().toLowerCase(Locale.ROOT))
                .map(e -> {
                    e.linkTo(me.userId());
                    return experts.saveAndFlush(e);
                })
                .orElseGet(() -> experts.saveAndFlush(new Expert(me.email(), me.userId(), new ExpertDetails(
                        me.displayName(), Expert.Kind.EXTERNAL_EXPERT, Gender.OTHER, Set.of("fr"), "", Set.of(), null,
                        null, null, null, false, 0), clock.instant()))));
    }

    /** The expert updates their own profile (the kind of expert is the officer's decision and stays as it is). */
    @PreAuthorize("hasRole('EXPERT')")
    public Expert updateMine(long expectedVersion, ExpertDetails details) {
        Expert e = mine();
        checkVersion(e, expectedVersion);
        e.describe(new ExpertDetails(details.name(), e.getKind(), details.gender(), details.languages(), details.keywords(),
                details.domains(), details.organisationName(), details.organisationNumber(), details.pastOrganisationNumbers(),
                details.declaredRelationNumbers(), details.available(), details.maxLoad()), clock.instant());
        return experts.saveAndFlush(e);
    }

    /** The expert behind the current login, if any (no profile is created). */
    @Transactional(readOnly = true)
    public java.util.Optional<Expert> current() {
        return CurrentUser.get().flatMap(me -> experts.findByUserId(me.userId()));
    }

    private static void checkVersion(Expert e, long expected) {
        if (e.getVersion() != expected) {
            throw new DomainException("evaluation.conflict");
        }
    }
}

package org.regia.applications;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.regia.catalogue.ApplicationCounts;
import org.regia.catalogue.CatalogueService;
import org.regia.catalogue.ProgrammeEligibility;
import org.regia.identity.CurrentUser;
import org.regia.identity.RegiaAccount;
import org.regia.identity.Role;
import org.regia.notifications.Mailer;
import org.regia.organisations.Organisation;
import org.regia.organisations.OrganisationService;
import org.regia.shared.DomainException;
import org.regia.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;

/**
 * Drafts, consortium partners and invitations, form data with optimistic locking, screening. An applicant acts for
 * an organisation they are affiliated with; every member of an accepted partner organisation may edit the draft;
 * officers see everything but do not edit drafts.
 */
@Service
@Transactional
public class ApplicationService implements ApplicationCounts {

    static final Role[] STAFF = {Role.PROGRAMME_OFFICER, Role.FINANCE_OFFICER, Role.COMMITTEE, Role.CONTROL_OFFICER, Role.ADMIN};
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApplicationRepository applications;
    private final PartnerRepository partners;
    private final ScreeningRepository screenings;
    private final FormService forms;
    private final CatalogueService catalogue;
    private final OrganisationService organisations;
    private final Mailer mailer;
    private final Clock clock;

    private final String baseUrl;

    ApplicationService(ApplicationRepository applications, PartnerRepository partners, ScreeningRepository screenings,
                       FormService forms, CatalogueService catalogue, OrganisationService organisations, Mailer mailer,
                       Clock clock, @org.springframework.beans.factory.annotation.Value("${regia.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl;
        this.applications = applications;
        this.partners = partners;
        this.screenings = screenings;
        this.forms = forms;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.mailer = mailer;
        this.clock = clock;
    }

    // ---- applicant ----

    /** A new draft for an open call, acting for one of the user's organisations (which becomes coordinator). */
    public Application create(UUID callId, UUID organisationId, String title) {
        if (!catalogue.isCallOpen(callId, clock.instant())) {
            throw DomainException.onField("callId", "applications.call.notOpen");
        }
        Organisation org = memberOrganisation(organisationId);
        checkEligibleType(callId, org);
        CallSettings settings = forms.settingsFor(callId);
        return applications.saveAndFlush(new Application(callId, settings.getFormId(), title, org, CurrentUser.id(), clock.instant()));
    }

    /**
     * Saves title, form data and ethics answers. {@code expectedVersion} is the version the editor loaded; if someone
     * saved in between, nothing is saved and the message says so (the last save never silently overwrites another).
     */
    public Application save(UUID id, long expectedVersion, String title, JsonNode formData, Ethics ethics) {
        Application a = editable(id);
        checkVersion(a, expectedVersion);
        String json = formData == null ? null : FormSchema.JSON.writeValueAsString(formData);
        if (json != null && json.length() > 200_000) {
            throw DomainException.onField("formData", "applications.form.tooLarge");
        }
        a.edit(title, json, ethics, CurrentUser.id(), clock.instant());
        return applications.saveAndFlush(a);
    }

    /** Invites a partner by e-mail; the invitation link is sent by mail. */
    public Partner invite(UUID id, long expectedVersion, String email, String partnerRole) {
        Application a = editable(id);
        checkVersion(a, expectedVersion);
        String token = HexFormat.of().formatHex(randomBytes());
        Partner p = a.invite(email, partnerRole, token);
        a.touch(CurrentUser.id(), clock.instant());
        applications.saveAndFlush(a);
        mailer.send(p.getInvitedEmail(), "Regia: invitation / uitnodiging / invitation — " + a.getTitle(),
                "You are invited to join the application \"" + a.getTitle() + "\" as a partner.\n"
                        + "Vous êtes invité·e comme partenaire. / U bent uitgenodigd als partner.\n\n"
                        + baseUrl + "/applications/invitations/" + token);
        return p;
    }

    /** The invited person accepts for one of their organisations (must be affiliated with it and of an eligible type). */
    public Application accept(String token, UUID organisationId) {
        Partner p = partners.findByInvitationToken(token)
                .orElseThrow(() -> new NotFoundException("invitation", token));
        Application a = p.getApplication();
        a.requireDraft();
        RegiaAccount me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("not logged in"));
        if (!me.email().equalsIgnoreCase(p.getInvitedEmail())) {
            throw new DomainException("applications.invitation.otherEmail", p.getInvitedEmail());
        }
        Organisation org = memberOrganisation(organisationId);
        if (a.acceptedPartners().stream().anyMatch(x -> org.getId().equals(x.getOrganisationId()))) {
            throw DomainException.onField("organisationId", "applications.partner.alreadyIn", org.displayName());
        }
        checkEligibleType(a.getCallId(), org);
        p.accept(org);
        a.touch(me.userId(), clock.instant());
        return applications.saveAndFlush(a);
    }

    @Transactional(readOnly = true)
    public Partner invitation(String token) {
        Partner p = partners.findByInvitationToken(token).orElseThrow(() -> new NotFoundException("invitation", token));
        p.getApplication().getTitle(); // the invitation page shows the application's title
        return p;
    }

    @Transactional(readOnly = true)
    public List<Application> mine() {
        RegiaAccount me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("not logged in"));
        List<UUID> orgs = List.copyOf(myOrganisationIds());
        return applications.visibleTo(orgs.isEmpty() ? List.of(new UUID(0, 0)) : orgs, me.userId(),
                me.email().toLowerCase(Locale.ROOT));
    }

    /** The organisations the signed-in applicant acts for. */
    @Transactional(readOnly = true)
    public List<Organisation> myOrganisations() {
        if (CurrentUser.hasAnyRole(STAFF)) {
            return List.of();
        }
        return organisations.search("", PageRequest.of(0, 200)).getContent();
    }

    @Transactional(readOnly = true)
    public Application get(UUID id) {
        Application a = applications.findById(id).orElseThrow(() -> new NotFoundException("application", id));
        if (!canSee(a)) {
            throw new NotFoundException("application", id);
        }
        a.getPartners().forEach(p -> p.getBudget().size());
        return a;
    }

    @Transactional(readOnly = true)
    public boolean canEdit(Application a) {
        if (CurrentUser.hasAnyRole(STAFF) || a.getStatus() != Application.Status.DRAFT) {
            return false;
        }
        return canEdit(a, myOrganisationIds());
    }

    private static boolean canEdit(Application a, Set<UUID> mine) {
        return a.getStatus() == Application.Status.DRAFT
                && a.acceptedPartners().stream().anyMatch(p -> p.getOrganisationId() != null && mine.contains(p.getOrganisationId()));
    }

    @Transactional(readOnly = true)
    public boolean canSee(Application a) {
        if (CurrentUser.hasAnyRole(STAFF)) {
            return true;
        }
        return canSee(a, myOrganisationIds());
    }

    private static boolean canSee(Application a, Set<UUID> mine) {
        return a.getPartners().stream().anyMatch(p -> p.getOrganisationId() != null && mine.contains(p.getOrganisationId()));
    }

    /** What the signed-in user may do with an application, from one look at their affiliations (for the submission). */
    record Access(boolean see, boolean edit) {
    }

    Access access(Application a) {
        if (CurrentUser.hasAnyRole(STAFF)) {
            return new Access(true, false);
        }
        Set<UUID> mine = myOrganisationIds();
        return new Access(canSee(a, mine), canEdit(a, mine));
    }

    /**
     * The coordinating organisation of an application, without access check: for modules that follow dossiers up
     * after the decision (impact surveys rejected applicants too, so that a comparison group exists).
     */
    @Transactional(readOnly = true)
    public java.util.Optional<UUID> coordinatorOf(UUID applicationId) {
        return applications.findById(applicationId).flatMap(a -> a.getPartners().stream()
                .filter(p -> p.getRole() == Partner.Role.COORDINATOR).map(Partner::getOrganisationId)
                .filter(java.util.Objects::nonNull).findFirst());
    }

    /** Whether the signed-in user may edit this partner's budget (its own members, or the coordinator's). */
    @Transactional(readOnly = true)
    public boolean canEditBudget(Application a, Partner p) {
        if (!canEdit(a)) {
            return false;
        }
        Set<UUID> mine = myOrganisationIds();
        return mine.contains(p.getOrganisationId()) || mine.contains(a.coordinator().getOrganisationId());
    }

    Application editable(UUID id) {
        Application a = get(id);
        a.requireDraft();
        if (!canEdit(a)) {
            throw new AccessDeniedException("not a member of this consortium");
        }
        return a;
    }

    // ---- officer ----

    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    @Transactional(readOnly = true)
    public List<Application> ofCall(UUID callId, Application.Status status, Application.Screening screening) {
        return applications.findByCallIdOrderByUpdatedAtDesc(callId).stream()
                .filter(a -> status == null || a.getStatus() == status)
                .filter(a -> screening == null || a.getScreening() == screening)
                .peek(a -> a.getPartners().size()) // the list shows the coordinator
                .toList();
    }

    /** Admissible / not admissible with a reason; every decision is kept. */
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public ScreeningDecision screen(UUID id, Application.Screening outcome, String reason) {
        if (outcome == null || outcome == Application.Screening.PENDING) {
            throw DomainException.onField("outcome", "applications.screening.outcomeRequired");
        }
        Application a = applications.findById(id).orElseThrow(() -> new NotFoundException("application", id));
        a.screen(outcome, reason);
        applications.saveAndFlush(a);
        return screenings.save(new ScreeningDecision(id, outcome, a.getScreeningReason(), CurrentUser.id(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<ScreeningDecision> screeningHistory(UUID id) {
        get(id);
        return screenings.findByApplicationIdOrderByDecidedAtDesc(id);
    }

    /** Submitted applications of a call (hook shown by the catalogue). */
    @Override
    @Transactional(readOnly = true)
    public long countFor(UUID callId) {
        return applications.countByCallIdAndStatus(callId, Application.Status.SUBMITTED);
    }

    /**
     * Read-only, for the evaluation module: a submitted application with its partners and budgets, or empty when it
     * does not exist or is still a draft. No access check here: evaluation enforces its own rules (assigned experts
     * who declared no conflict of interest, officers).
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Application> submittedForEvaluation(UUID id) {
        return applications.findById(id).filter(a -> a.getStatus() == Application.Status.SUBMITTED).map(a -> {
            a.getPartners().forEach(p -> p.getBudget().size());
            return a;
        });
    }

    // ---- helpers ----

    private void checkEligibleType(UUID callId, Organisation org) {
        ProgrammeEligibility e = catalogue.eligibilityForCall(callId);
        if (!e.beneficiaryTypes().isEmpty() && !e.beneficiaryTypes().contains(org.getType())) {
            throw DomainException.onField("organisationId", "applications.partner.typeNotEligible", org.displayName(),
                    org.getType().name(), e.beneficiaryTypes().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        }
    }

    private Organisation memberOrganisation(UUID organisationId) {
        if (organisationId == null) {
            throw DomainException.onField("organisationId", "applications.organisation.required");
        }
        return myOrganisations().stream().filter(o -> o.getId().equals(organisationId)).findFirst()
                .orElseThrow(() -> DomainException.onField("organisationId", "applications.organisation.notMember"));
    }

    /**
     * The organisations the signed-in applicant acts for today, as ids: one query on the affiliations (this is asked
     * several times by every dossier page and every submission — loading the organisations with their figures and a
     * page count each time was measurable under the deadline rush). Staff act for none.
     */
    private Set<UUID> myOrganisationIds() {
        if (CurrentUser.hasAnyRole(STAFF)) {
            return Set.of();
        }
        return CurrentUser.get().map(me -> readOnlyMemo(me.userId(), () -> Set.copyOf(organisations.memberOf(me.userId()))))
                .orElse(Set.of());
    }

    /**
     * Inside a read-only transaction (a page that asks several services, such as the dossier page), the signed-in
     * user's organisations are looked up once for the whole transaction: nothing in it can change an affiliation.
     * Elsewhere — where the same transaction may be the one adding an affiliation — they are read every time.
     */
    private static Set<UUID> readOnlyMemo(UUID userId, java.util.function.Supplier<Set<UUID>> load) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return load.get();
        }
        @SuppressWarnings("unchecked")
        Map<UUID, Set<UUID>> memo = (Map<UUID, Set<UUID>>) TransactionSynchronizationManager.getResource(MY_ORGANISATIONS);
        if (memo == null) {
            Map<UUID, Set<UUID>> fresh = new java.util.HashMap<>();
            TransactionSynchronizationManager.bindResource(MY_ORGANISATIONS, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(MY_ORGANISATIONS);
                }
            });
            memo = fresh;
        }
        return memo.computeIfAbsent(userId, k -> load.get());
    }

    private static final Object MY_ORGANISATIONS = new Object();

    static void checkVersion(Application a, long expected) {
        if (a.getVersion() != expected) {
            throw new DomainException("applications.conflict", java.time.LocalDateTime.ofInstant(a.getUpdatedAt(),
                    org.regia.shared.ClockConfiguration.BRUSSELS).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return b;
    }
}

package org.regia.directory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.regia.catalogue.CatalogueService;
import org.regia.catalogue.FinderProfile;
import org.regia.catalogue.Finder;
import org.regia.catalogue.InnovationDomain;
import org.regia.catalogue.InnovationPhase;
import org.regia.catalogue.SupportNeed;
import org.regia.identity.CurrentUser;
import org.regia.identity.RegiaAccount;
import org.regia.identity.Role;
import org.regia.notifications.Mailer;
import org.regia.organisations.Organisation;
import org.regia.organisations.OrganisationService;
import org.regia.shared.DomainException;
import org.regia.shared.LocalizedText;
import org.regia.shared.Money;
import org.regia.shared.NotFoundException;
import org.regia.stateaid.DeMinimisLedger;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's public API. Who may do what: an actor's entry is maintained by the people of its organisation and
 * validated by programme officers; a firm's requests are made by people of the firm; vouchers are approved by
 * programme or financial officers and paid by financial officers.
 */
@Service
@Transactional
public class DirectoryService {

    private final ActorRepository actors;
    private final ReferralRepository referrals;
    private final PostedNeedRepository board;
    private final VoucherRepository vouchers;
    private final OrganisationService organisations;
    private final CatalogueService catalogue;
    private final DeMinimisLedger deMinimis;
    private final Mailer mailer;
    private final Clock clock;

    DirectoryService(ActorRepository actors, ReferralRepository referrals, PostedNeedRepository board, VoucherRepository vouchers,
                     OrganisationService organisations, CatalogueService catalogue, DeMinimisLedger deMinimis, Mailer mailer,
                     Clock clock) {
        this.actors = actors;
        this.referrals = referrals;
        this.board = board;
        this.vouchers = vouchers;
        this.organisations = organisations;
        this.catalogue = catalogue;
        this.deMinimis = deMinimis;
        this.mailer = mailer;
        this.clock = clock;
    }

    // ---- actors ----

    public EcosystemActor register(UUID organisationId, String name, ActorType type, LocalizedText profile, String website,
                                   String contactEmail, String contactPhone) {
        requireMember(organisationId);
        return actors.save(new EcosystemActor(organisationId, name, type, profile, website, contactEmail, contactPhone));
    }

    public EcosystemActor update(UUID actorId, String name, ActorType type, LocalizedText profile, String website,
                                 String contactEmail, String contactPhone, String plannedActivities) {
        EcosystemActor actor = editable(actorId);
        actor.describe(name, type, profile, website, contactEmail, contactPhone, plannedActivities);
        return actor;
    }

    public Offering addOffering(UUID actorId, LocalizedText name, LocalizedText description, Set<FinderProfile> targetGroups,
                                Set<InnovationPhase> phases, Set<InnovationDomain> domains, Set<SupportNeed> needs, BigDecimal price) {
        return editable(actorId).offer(name, description, targetGroups, phases, domains, needs, price);
    }

    /** Sets the catalogue programmes the actor operates or gives access to (unknown codes are refused). */
    public EcosystemActor giveAccessTo(UUID actorId, List<String> programmeCodes) {
        EcosystemActor actor = editable(actorId);
        List<String> codes = programmeCodes == null ? List.of() : programmeCodes;
        for (String code : codes) {
            try {
                catalogue.programmeByCode(code);
            } catch (NotFoundException e) {
                throw DomainException.onField("instruments", "directory.actor.unknownProgramme", code);
            }
        }
        actor.giveAccessTo(codes);
        return actor;
    }

    /** Names of the programmes behind instrument codes, in the user's language. */
    @Transactional(readOnly = true)
    public List<String> instrumentNames(EcosystemActor actor, Locale locale) {
        return actor.getInstruments().stream().map(code -> catalogue.programmeByCode(code).getName().in(locale)).toList();
    }

    @Transactional(readOnly = true)
    public List<org.regia.catalogue.Programme> programmes(Locale locale) {
        return catalogue.search(org.regia.catalogue.CatalogueFilter.none(), locale);
    }

    public EcosystemActor validate(UUID actorId) {
        requireStaff(Role.PROGRAMME_OFFICER, Role.ADMIN);
        EcosystemActor actor = actor(actorId);
        actor.validate(CurrentUser.get().map(RegiaAccount::email).orElse("system"), clock.instant());
        return actor;
    }

    public EcosystemActor deactivate(UUID actorId) {
        requireStaff(Role.PROGRAMME_OFFICER, Role.ADMIN);
        EcosystemActor actor = actor(actorId);
        actor.deactivate();
        return actor;
    }

    public EcosystemActor recognise(UUID actorId, LocalDate from, LocalDate until) {
        requireStaff(Role.PROGRAMME_OFFICER, Role.ADMIN);
        EcosystemActor actor = actor(actorId);
        actor.recognise(from, until);
        return actor;
    }

    @Transactional(readOnly = true)
    public EcosystemActor actor(UUID id) {
        return actors.findById(id).orElseThrow(() -> new NotFoundException("actor", id));
    }

    /** A published entry, as the public sees it. */
    @Transactional(readOnly = true)
    public EcosystemActor publicActor(UUID id) {
        EcosystemActor actor = actor(id);
        if (!actor.isPublished()) {
            throw new NotFoundException("actor", id);
        }
        return actor;
    }

    @Transactional(readOnly = true)
    public List<EcosystemActor> published() {
        return actors.findByStatusOrderByName(ActorStatus.PUBLISHED);
    }

    /** Public search: published actors with at least one offering matching every given filter. */
    @Transactional(readOnly = true)
    public List<EcosystemActor> search(String text, ActorType type, InnovationPhase phase, InnovationDomain domain,
                                       FinderProfile target, SupportNeed need) {
        String q = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return published().stream()
                .filter(a -> type == null || a.getType() == type)
                .filter(a -> q.isEmpty() || a.getName().toLowerCase(Locale.ROOT).contains(q)
                        || contains(a.getProfile(), q) || a.getOfferings().stream().anyMatch(o -> contains(o.getName(), q) || contains(o.getDescription(), q)))
                .filter(a -> phase == null && domain == null && target == null && need == null || a.getOfferings().stream().anyMatch(o ->
                        (phase == null || o.getPhases().contains(phase)) && (domain == null || o.getDomains().contains(domain))
                                && (target == null || o.getTargetGroups().isEmpty() || o.getTargetGroups().contains(target))
                                && (need == null || o.getNeeds().contains(need))))
                .toList();
    }

    private static boolean contains(LocalizedText t, String q) {
        return t != null && ((t.fr() != null && t.fr().toLowerCase(Locale.ROOT).contains(q))
                || (t.nl() != null && t.nl().toLowerCase(Locale.ROOT).contains(q))
                || (t.en() != null && t.en().toLowerCase(Locale.ROOT).contains(q)));
    }

    /** Entries the current user maintains, and (for officers) those waiting for validation. */
    @Transactional(readOnly = true)
    public List<EcosystemActor> manageable() {
        if (CurrentUser.hasAnyRole(Role.PROGRAMME_OFFICER, Role.ADMIN)) {
            return actors.findAllByOrderByName();
        }
        return actors.findByOrganisationIdInOrderByName(myOrganisationIds());
    }

    @Transactional(readOnly = true)
    public boolean canEdit(EcosystemActor actor) {
        return CurrentUser.hasRole(Role.ADMIN) || myOrganisationIds().contains(actor.getOrganisationId());
    }

    // ---- needs and referrals ----

    /** The actors' offerings that fit, best first, with reasons; and the programmes of the catalogue that fit. */
    @Transactional(readOnly = true)
    public Proposals propose(Need need, Locale locale) {
        List<ActorMatching.Proposal> offers = ActorMatching.propose(need, published());
        List<Finder.Match> programmes = catalogue.find(new Finder.Answers(need.profile(), need.phase(), null, need.need(), need.domain()), locale)
                .stream().filter(Finder.Match::fits).toList();
        return new Proposals(offers, programmes);
    }

    public record Proposals(List<ActorMatching.Proposal> offerings, List<Finder.Match> programmes) {
    }

    /** Sends the need to each chosen actor; refuses all of them (nothing sent) if one is not active. */
    public List<Referral> refer(UUID organisationId, Need need, List<UUID> actorIds) {
        return refer(organisationId, need, actorIds, null);
    }

    /**
     * The same, made by an accountant or a federation (acting for its own organisation) on behalf of a firm, named in
     * {@code onBehalfOf} so that the actor knows whom to contact.
     */
    public List<Referral> refer(UUID organisationId, Need need, List<UUID> actorIds, String onBehalfOf) {
        requireMember(organisationId);
        if (actorIds == null || actorIds.isEmpty()) {
            throw DomainException.onField("actors", "directory.referral.noActor");
        }
        List<Referral> sent = new ArrayList<>();
        for (UUID actorId : new LinkedHashSet<>(actorIds)) {
            EcosystemActor actor = actor(actorId);
            sent.add(new Referral(actor, organisationId, CurrentUser.id(), need, onBehalfOf, clock.instant()));
        }
        referrals.saveAll(sent);
        for (Referral r : sent) {
            EcosystemActor actor = actor(r.getActorId());
            mailer.send(actor.getContactEmail(), "Regia: " + actor.getName() + " - demande / aanvraag",
                    "Une entreprise vous adresse une demande via Regia. / Een onderneming richt via Regia een aanvraag tot u.\n\n"
                            + (r.getOnBehalfOf() == null ? "" : "(" + r.getOnBehalfOf() + ")\n") + need.description());
        }
        return sent;
    }

    public Referral move(UUID referralId, Referral.State target, String comment) {
        Referral r = referrals.findById(referralId).orElseThrow(() -> new NotFoundException("referral", referralId));
        EcosystemActor actor = actor(r.getActorId());
        boolean actorSide = canEdit(actor);
        boolean firmSide = myOrganisationIds().contains(r.getOrganisationId());
        boolean allowed = switch (target) {
            case ACCEPTED, DECLINED, CONTACTED, SERVICE_DELIVERED -> actorSide;
            case LED_TO_APPLICATION -> actorSide || firmSide;
            case SENT -> false;
        };
        if (!allowed) {
            throw new AccessDeniedException("not a party to referral " + referralId);
        }
        r.move(target, CurrentUser.get().map(RegiaAccount::email).orElse("system"), comment, clock.instant());
        return r;
    }

    @Transactional(readOnly = true)
    public List<Referral> referralsSent() {
        return referrals.findByOrganisationIdInOrderByCreatedAtDesc(myOrganisationIds());
    }

    @Transactional(readOnly = true)
    public List<Referral> referralsReceived() {
        List<UUID> mine = actors.findByOrganisationIdInOrderByName(myOrganisationIds()).stream().map(EcosystemActor::getId).toList();
        return mine.isEmpty() ? List.of() : referrals.findByActorIdInOrderByCreatedAtDesc(mine);
    }

    // ---- needs board ----

    public PostedNeed post(UUID organisationId, String sector, Need need) {
        requireMember(organisationId);
        return board.save(new PostedNeed(organisationId, sector, need, clock.instant()));
    }

    public PostedNeed answer(UUID needId, UUID actorId, String message) {
        EcosystemActor actor = editable(actorId);
        PostedNeed need = board.findById(needId).orElseThrow(() -> new NotFoundException("need", needId));
        need.answer(actor, message, clock.instant());
        return need;
    }

    @Transactional(readOnly = true)
    public List<PostedNeed> openNeeds() {
        return board.findByOpenTrueOrderByPostedAtDesc();
    }

    /** Whether the current user may see who posted the need (only the firm itself). */
    @Transactional(readOnly = true)
    public boolean isMine(PostedNeed need) {
        return myOrganisationIds().contains(need.getOrganisationId());
    }

    // ---- overlap view ----

    /**
     * For each phase x domain, the published actors serving it (optionally only for one target group): where many
     * overlap and where nobody does.
     */
    @Transactional(readOnly = true)
    public Map<InnovationPhase, Map<InnovationDomain, Set<String>>> overlap(FinderProfile target) {
        Map<InnovationPhase, Map<InnovationDomain, Set<String>>> grid = new EnumMap<>(InnovationPhase.class);
        for (InnovationPhase p : InnovationPhase.values()) {
            Map<InnovationDomain, Set<String>> row = new EnumMap<>(InnovationDomain.class);
            for (InnovationDomain d : InnovationDomain.values()) {
                row.put(d, new TreeSet<>());
            }
            grid.put(p, row);
        }
        for (EcosystemActor a : published()) {
            for (Offering o : a.getOfferings()) {
                if (target != null && !o.getTargetGroups().isEmpty() && !o.getTargetGroups().contains(target)) {
                    continue;
                }
                for (InnovationPhase p : o.getPhases()) {
                    for (InnovationDomain d : o.getDomains()) {
                        grid.get(p).get(d).add(a.getName());
                    }
                }
            }
        }
        return grid;
    }

    // ---- innovation vouchers ----

    public Voucher requestVoucher(UUID smeOrganisationId, UUID providerActorId, String service, Money amount) {
        requireMember(smeOrganisationId);
        Organisation sme = organisations.get(smeOrganisationId);
        if (sme.sizeClass().map(s -> !s.isSme()).orElse(true)) {
            throw DomainException.onField("organisation", "directory.voucher.notSme", sme.getLegalName());
        }
        EcosystemActor provider = actor(providerActorId);
        LocalDate today = LocalDate.now(clock);
        String reference = "IV-" + today.getYear() + "-" + String.format("%05d", vouchers.nextNumber());
        return vouchers.save(new Voucher(reference, smeOrganisationId, provider, service, amount, today));
    }

    /** Approves and records the aid in the de minimis register; refused (nothing changes) when it would exceed it. */
    public Voucher approveVoucher(UUID id) {
        requireStaff(Role.PROGRAMME_OFFICER, Role.FINANCE_OFFICER, Role.ADMIN);
        Voucher v = voucher(id);
        LocalDate today = LocalDate.now(clock);
        Organisation sme = organisations.get(v.getSmeOrganisationId());
        v.approve(today);
        sme.getEnterpriseNumber().ifPresent(n -> deMinimis.record(n, "Innoviris", v.getReference(), v.getAmount(), today));
        return v;
    }

    public Voucher refuseVoucher(UUID id, String reason) {
        requireStaff(Role.PROGRAMME_OFFICER, Role.FINANCE_OFFICER, Role.ADMIN);
        Voucher v = voucher(id);
        v.refuse(LocalDate.now(clock), reason);
        return v;
    }

    public Voucher deliverVoucher(UUID id) {
        Voucher v = voucher(id);
        editable(v.getProviderActorId());
        v.deliver();
        return v;
    }

    public Voucher invoiceVoucher(UUID id, String number, Money amount) {
        Voucher v = voucher(id);
        editable(v.getProviderActorId());
        v.invoice(number, amount);
        return v;
    }

    public Voucher payVoucher(UUID id) {
        requireStaff(Role.FINANCE_OFFICER, Role.ADMIN);
        Voucher v = voucher(id);
        v.pay(clock.instant());
        return v;
    }

    @Transactional(readOnly = true)
    public List<Voucher> visibleVouchers() {
        if (CurrentUser.hasAnyRole(Role.PROGRAMME_OFFICER, Role.FINANCE_OFFICER, Role.COMMITTEE, Role.ADMIN)) {
            return vouchers.findAllByOrderByRequestedOnDesc();
        }
        List<UUID> orgs = myOrganisationIds();
        List<UUID> myActors = actors.findByOrganisationIdInOrderByName(orgs).stream().map(EcosystemActor::getId).toList();
        if (orgs.isEmpty()) {
            return List.of();
        }
        return vouchers.findBySmeOrganisationIdInOrProviderActorIdInOrderByRequestedOnDesc(orgs,
                myActors.isEmpty() ? List.of(new UUID(0, 0)) : myActors);
    }

    /** Vouchers per year and state: how many, and for how much (the figures the annual report gives, e.g. 25 SMEs, EUR 210,240 in 2023). */
    @Transactional(readOnly = true)
    public List<VoucherFigures> voucherFigures() {
        Map<String, long[]> counts = new java.util.TreeMap<>();
        Map<String, Money> amounts = new java.util.HashMap<>();
        for (Voucher v : vouchers.findAllByOrderByRequestedOnDesc()) {
            String key = v.getRequestedOn().getYear() + ":" + v.getState().name();
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
            amounts.merge(key, v.getAmount(), Money::plus);
        }
        return counts.entrySet().stream().map(e -> {
            String[] parts = e.getKey().split(":");
            return new VoucherFigures(Integer.parseInt(parts[0]), Voucher.State.valueOf(parts[1]), e.getValue()[0], amounts.get(e.getKey()));
        }).toList();
    }

    public record VoucherFigures(int year, Voucher.State state, long count, Money amount) {
    }

    /** Recognised providers on a day (the 2023 figures count 113). */
    @Transactional(readOnly = true)
    public List<EcosystemActor> recognisedProviders(LocalDate on) {
        return published().stream().filter(a -> a.isRecognisedOn(on)).toList();
    }

    public Clock clock() {
        return clock;
    }

    private Voucher voucher(UUID id) {
        return vouchers.findById(id).orElseThrow(() -> new NotFoundException("voucher", id));
    }

    // ---- access ----

    private EcosystemActor editable(UUID actorId) {
        EcosystemActor actor = actor(actorId);
        if (!canEdit(actor)) {
            throw new AccessDeniedException("directory.actor.notYours");
        }
        return actor;
    }

    private void requireMember(UUID organisationId) {
        if (!CurrentUser.hasRole(Role.ADMIN) && !myOrganisationIds().contains(organisationId)) {
            throw new AccessDeniedException("not acting for organisation " + organisationId);
        }
    }

    private static void requireStaff(Role... roles) {
        if (!CurrentUser.hasAnyRole(roles)) {
            throw new AccessDeniedException("requires one of " + java.util.Arrays.toString(roles));
        }
    }

    /** Organisations the current user acts for (not every organisation, even for staff). */
    private List<UUID> myOrganisationIds() {
        return organisations.memberOf(CurrentUser.get().map(RegiaAccount::userId).orElse(null));
    }
}

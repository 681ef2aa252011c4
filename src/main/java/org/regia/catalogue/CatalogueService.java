package org.regia.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regia.identity.CurrentUser;
import org.regia.identity.RegiaAccount;
import org.regia.shared.DomainException;
import org.regia.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's public API. Reads are open to everyone (the catalogue is public); changes are for programme
 * officers and administrators. Other modules use {@link #isCallOpen}, {@link #eligibility} and
 * {@link #eligibilityForCall}.
 */
@Service
@Transactional
public class CatalogueService {

    static final String OFFICER = "hasAnyRole('PROGRAMME_OFFICER','ADMIN')";

    private final ProgrammeRepository programmes;
    private final CallRepository calls;
    private final ObjectProvider<ApplicationCounts> applicationCounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final jakarta.persistence.EntityManager em;

    CatalogueService(ProgrammeRepository programmes, CallRepository calls,
                     ObjectProvider<ApplicationCounts> applicationCounts, Clock clock,
                     ApplicationEventPublisher events, jakarta.persistence.EntityManager em) {
        this.programmes = programmes;
        this.calls = calls;
        this.applicationCounts = applicationCounts;
        this.clock = clock;
        this.events = events;
        this.em = em;
    }

    // ---- queries for other modules ----

    /** Whether an application to this call can be submitted at the instant (state open and inside the window). */
    @Transactional(readOnly = true)
    public boolean isCallOpen(UUID callId, Instant at) {
        return callRules(callId).map(r -> r.isOpenAt(at)).orElse(false);
    }

    /**
     * A call's state, window and programme rules in one statement. Empty when there is no such call.
     */
    @Transactional(readOnly = true)
    public Optional<CallRules> callRules(UUID callId) {
        @SuppressWarnings("unchecked")
        List<jakarta.persistence.Tuple> rows = em.createNativeQuery(CALL_RULES, jakarta.persistence.Tuple.class)
                .unwrap(org.hibernate.query.NativeQuery.class)
                // flushes first only what this transaction changed in these tables (not the whole session)
                .addSynchronizedQuerySpace("funding_call").addSynchronizedQuerySpace("programme")
                .addSynchronizedQuerySpace("programme_beneficiary_type").addSynchronizedQuerySpace("programme_size_class")
                .addSynchronizedQuerySpace("programme_domain")
                .setParameter(1, callId).getResultList();
        return rows.stream().findFirst().map(r -> new CallRules(callId,
                CallState.valueOf(r.get("state", String.class)), CallMode.valueOf(r.get("mode", String.class)),
                instant(r.get("opens_at")), instant(r.get("closes_at")),
                new ProgrammeEligibility(r.get("programme_id", UUID.class), r.get("code", String.class),
                        InstrumentKind.valueOf(r.get("instrument_kind", String.class)),
                        names(r.get("beneficiary_types"), org.regia.organisations.OrganisationType::valueOf),
                        names(r.get("size_classes"), org.regia.organisations.SizeClass::valueOf),
                        r.get("trl_min", Integer.class), r.get("trl_max", Integer.class),
                        names(r.get("domains"), InnovationDomain::valueOf),
                        r.get("max_amount", java.math.BigDecimal.class), r.get("funding_rate", java.math.BigDecimal.class),
                        r.get("fixed_amount", java.math.BigDecimal.class), r.get("active", Boolean.class))));
    }

    private static final String CALL_RULES = """
            select c.state, c.mode, c.opens_at, c.closes_at, p.id as programme_id, p.code, p.instrument_kind,
                   p.trl_min, p.trl_max, p.max_amount, p.funding_rate, p.fixed_amount, p.active,
                   array(select t.organisation_type from programme_beneficiary_type t where t.programme_id = p.id) as beneficiary_types,
                   array(select s.size_class from programme_size_class s where s.programme_id = p.id) as size_classes,
                   array(select d.domain from programme_domain d where d.programme_id = p.id) as domains
            from funding_call c join programme p on p.id = c.programme_id
            where c.id = ?
            """;

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not an instant: " + value.getClass());
    }

    private static <E extends Enum<E>> java.util.Set<E> names(Object array, Function<String, E> valueOf) {
        java.util.Set<E> out = new java.util.LinkedHashSet<>();
        for (Object name : (Object[]) array) {
            out.add(valueOf.apply((String) name));
        }
        return java.util.Set.copyOf(out);
    }

    @Transactional(readOnly = true)
    public ProgrammeEligibility eligibility(UUID programmeId) {
        return ProgrammeEligibility.of(programme(programmeId));
    }

    @Transactional(readOnly = true)
    public ProgrammeEligibility eligibilityForCall(UUID callId) {
        return callRules(callId).orElseThrow(() -> new NotFoundException("call", callId)).programme();
    }

    /** Number of applications to a call, as reported by the applications module (0 until it provides the hook). */
    @Transactional(readOnly = true)
    public long applicationCount(UUID callId) {
        ApplicationCounts counts = applicationCounts.getIfAvailable();
        return counts == null ? 0 : counts.countFor(callId);
    }

    // ---- public catalogue ----

    @Transactional(readOnly = true)
    public Programme programme(UUID id) {
        return programmes.findById(id).orElseThrow(() -> new NotFoundException("programme", id));
    }

    /**
     * The programme if it exists. For listeners of other modules' events that must go on without it: unlike
     * {@link #programme(UUID)} it throws nothing, so it never marks the caller's transaction rollback-only.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Programme> findProgramme(UUID id) {
        return id == null ? java.util.Optional.empty() : programmes.findById(id);
    }

    @Transactional(readOnly = true)
    public Programme programmeByCode(String code) {
        return programmes.findByCode(code).orElseThrow(() -> new NotFoundException("programme", code));
    }

    @Transactional(readOnly = true)
    public Call call(UUID id) {
        return calls.findById(id).orElseThrow(() -> new NotFoundException("call", id));
    }

    /** Programmes matching the filters; with a search text, best full-text matches first, else by name. */
    @Transactional(readOnly = true)
    public List<Programme> search(CatalogueFilter filter, Locale locale) {
        List<Programme> candidates;
        if (filter.q() != null && !filter.q().isBlank()) {
            List<UUID> ids = programmes.fullTextSearch(filter.q().trim());
            Map<UUID, Programme> byId = programmes.findAllById(ids).stream()
                    .collect(Collectors.toMap(Programme::getId, Function.identity()));
            candidates = ids.stream().map(byId::get).toList();
        } else {
            candidates = programmes.findAll().stream()
                    .sorted(Comparator.comparing(p -> p.getName().in(locale).toLowerCase(locale))).toList();
        }
        return candidates.stream().filter(filter::accepts).toList();
    }

    @Transactional(readOnly = true)
    public List<Finder.Match> find(Finder.Answers answers, Locale locale) {
        return Finder.evaluate(programmes.findAll(), answers, locale);
    }

    /** Calls the public may see (published, open, closed), soonest deadline first. */
    @Transactional(readOnly = true)
    public List<Call> publicCalls(List<CallState> states) {
        List<CallState> visible = states == null || states.isEmpty()
                ? List.of(CallState.PUBLISHED, CallState.OPEN, CallState.CLOSED)
                : states.stream().filter(s -> s != CallState.DRAFT).toList();
        return visible.isEmpty() ? List.of() : calls.findByStates(visible);
    }

    /** Calls accepting applications now. */
    @Transactional(readOnly = true)
    public List<Call> openCalls() {
        Instant now = clock.instant();
        return calls.findByStates(List.of(CallState.OPEN)).stream().filter(c -> c.isOpenAt(now)).toList();
    }

    @Transactional(readOnly = true)
    public List<Call> callsOf(UUID programmeId) {
        return calls.findByProgramme(programmeId);
    }

    public Instant now() {
        return clock.instant();
    }

    // ---- officer operations ----

    @PreAuthorize(OFFICER)
    @Transactional(readOnly = true)
    public List<Call> allCalls() {
        return calls.findAllNewestFirst();
    }

    @PreAuthorize(OFFICER)
    @Transactional(readOnly = true)
    public Map<UUID, Long> applicationCounts(List<Call> list) {
        Map<UUID, Long> counts = new LinkedHashMap<>();
        list.forEach(c -> counts.put(c.getId(), applicationCount(c.getId())));
        return counts;
    }

    @PreAuthorize(OFFICER)
    public Programme createProgramme(ProgrammeDetails details) {
        if (details.code() != null && programmes.existsByCode(details.code().trim())) {
            throw DomainException.onField("code", "catalogue.programme.codeTaken", details.code().trim());
        }
        return programmes.saveAndFlush(new Programme(details, clock.instant()));
    }

    @PreAuthorize(OFFICER)
    public Programme updateProgramme(UUID id, long expectedVersion, ProgrammeDetails details) {
        Programme p = programme(id);
        checkVersion(p.getVersion(), expectedVersion, Programme.class, id);
        if (details.code() != null) {
            programmes.findByCode(details.code().trim()).filter(o -> !o.getId().equals(id)).ifPresent(o -> {
                throw DomainException.onField("code", "catalogue.programme.codeTaken", details.code().trim());
            });
        }
        p.describe(details);
        return programmes.saveAndFlush(p);
    }

    @PreAuthorize(OFFICER)
    public Programme setProgrammeActive(UUID id, boolean active) {
        Programme p = programme(id);
        if (active) {
            p.reactivate();
        } else {
            p.archive();
        }
        return programmes.saveAndFlush(p);
    }

    @PreAuthorize(OFFICER)
    public Call createCall(UUID programmeId, CallDetails details) {
        Programme p = programmeId == null ? null : programmes.findById(programmeId).orElse(null);
        return calls.saveAndFlush(new Call(p, details, clock.instant()));
    }

    @PreAuthorize(OFFICER)
    public Call updateCall(UUID id, long expectedVersion, CallDetails details) {
        Call c = call(id);
        checkVersion(c.getVersion(), expectedVersion, Call.class, id);
        c.describe(details);
        return calls.saveAndFlush(c);
    }

    @PreAuthorize(OFFICER)
    public Call moveCall(UUID id, CallState target) {
        Call c = call(id);
        CallState from = c.getState();
        Instant now = clock.instant();
        c.moveTo(target, now);
        Call saved = calls.saveAndFlush(c);
        events.publishEvent(new CallStateChanged(id, c.getProgramme().getId(), from, target, now));
        return saved;
    }

    /** Records the equal-opportunities test; the author is the signed-in officer, the date today in Brussels. */
    @PreAuthorize(OFFICER)
    public Call recordEqualOpportunitiesTest(UUID id, String questions, String answers) {
        Call c = call(id);
        String author = CurrentUser.get().map(RegiaAccount::email).orElse(null);
        c.recordEqualOpportunitiesTest(new EqualOpportunitiesTest(questions, answers, author, LocalDate.now(clock)));
        return calls.saveAndFlush(c);
    }

    /** Loads the 2023 programme structure if the catalogue is empty (demo data, tests). Returns how many were added. */
    public int loadProgrammes2023IfEmpty() {
        if (programmes.count() > 0) {
            return 0;
        }
        Instant now = clock.instant();
        List<Programme> list = Programmes2023.all().stream().map(d -> new Programme(d, now)).toList();
        programmes.saveAll(list);
        return list.size();
    }

    Optional<Programme> findByCode(String code) {
        return programmes.findByCode(code);
    }

    private static void checkVersion(long actual, long expected, Class<?> type, UUID id) {
        if (actual != expected) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }
}

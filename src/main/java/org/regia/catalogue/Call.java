package org.regia.catalogue;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.regia.shared.DomainException;
import org.regia.shared.LocalizedText;
import org.regia.shared.Money;

/**
 * A call for proposals of a programme. Deadline-based (opens and closes at instants, shown in Europe/Brussels) or a
 * permanent open window; one or two stages. State machine draft → published → open → closed → archived.
 */
@Entity
@Table(name = "funding_call")
@Audited
public class Call {

    /** Calls (and grant decisions) from EUR 30,001 excl. VAT need an equal-opportunities test (DOMAIN §3.1). */
    public static final Money EQUAL_OPPORTUNITIES_THRESHOLD = Money.eur(30_000);

    @Id
    private UUID id;
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "title_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "title_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private LocalizedText title;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "theme_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "theme_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "theme_en"))})
    private LocalizedText theme;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CallMode mode;
    @Column(name = "opens_at")
    private Instant opensAt;
    @Column(name = "closes_at")
    private Instant closesAt;
    @Column(nullable = false)
    private int stages;
    @Column(nullable = false)
    private BigDecimal budget;
    @Column(name = "expected_grant")
    private BigDecimal expectedGrant;
    @Column(name = "criteria_reference")
    private String criteriaReference;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CallState state;
    @Embedded
    private EqualOpportunitiesTest equalOpportunities;
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT) // own (batched) select: joined, the eager sets multiply into one row per combination
    @CollectionTable(name = "call_info_session", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    @Column(name = "session_at")
    @BatchSize(size = 50)
    private List<Instant> infoSessions = new ArrayList<>();
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Call() {
    }

    public Call(Programme programme, CallDetails details, Instant createdAt) {
        if (programme == null) {
            throw DomainException.onField("programmeId", "catalogue.call.programmeRequired");
        }
        if (!programme.isActive()) {
            throw DomainException.onField("programmeId", "catalogue.call.programmeArchived");
        }
        this.id = UUID.randomUUID();
        this.programme = programme;
        this.state = CallState.DRAFT;
        this.createdAt = createdAt;
        apply(details);
    }

    /**
     * A call of the past, taken over from the previous system (demo data, migration): its state is recorded as it
     * was, without replaying the transitions (a closed call's opening instant is in the past).
     */
    static Call historical(Programme programme, CallDetails details, CallState state, EqualOpportunitiesTest test,
                           Instant createdAt) {
        Call call = new Call(programme, details, createdAt);
        call.equalOpportunities = test;
        call.state = state;
        return call;
    }

    /** Edits the call; only while it is a draft or published (not yet open). */
    public void describe(CallDetails details) {
        if (state != CallState.DRAFT && state != CallState.PUBLISHED) {
            throw new DomainException("catalogue.call.notEditable", state);
        }
        apply(details);
    }

    private void apply(CallDetails d) {
        if (d.title() == null || d.title().fr() == null || d.title().fr().isBlank()) {
            throw DomainException.onField("titleFr", "catalogue.text.frRequired");
        }
        if (d.title().nl() == null || d.title().nl().isBlank()) {
            throw DomainException.onField("titleNl", "catalogue.text.nlRequired");
        }
        if (d.mode() == null) {
            throw DomainException.onField("mode", "catalogue.call.modeRequired");
        }
        if (d.mode() == CallMode.DEADLINE) {
            if (d.opensAt() == null) {
                throw DomainException.onField("opensAt", "catalogue.call.opensRequired");
            }
            if (d.closesAt() == null) {
                throw DomainException.onField("closesAt", "catalogue.call.closesRequired");
            }
            if (!d.closesAt().isAfter(d.opensAt())) {
                throw DomainException.onField("closesAt", "catalogue.call.closesBeforeOpens");
            }
        }
        if (d.stages() != 1 && d.stages() != 2) {
            throw DomainException.onField("stages", "catalogue.call.stagesInvalid");
        }
        if (d.budget() == null) {
            throw DomainException.onField("budget", "catalogue.call.budgetRequired");
        }
        if (d.budget().signum() < 0) {
            throw DomainException.onField("budget", "catalogue.call.budgetNegative");
        }
        if (d.expectedGrant() != null && d.expectedGrant().signum() < 0) {
            throw DomainException.onField("expectedGrant", "catalogue.call.budgetNegative");
        }
        this.title = d.title();
        this.theme = d.theme() == null ? LocalizedText.of("", "") : d.theme();
        this.mode = d.mode();
        // deadlines are typed to the minute; whole seconds keep them exact in the database and in the API
        this.opensAt = d.opensAt() == null ? null : d.opensAt().truncatedTo(ChronoUnit.SECONDS);
        this.closesAt = d.mode() == CallMode.DEADLINE ? d.closesAt().truncatedTo(ChronoUnit.SECONDS) : null;
        this.stages = d.stages();
        this.budget = Money.eur(d.budget()).amount();
        this.expectedGrant = d.expectedGrant() == null ? null : Money.eur(d.expectedGrant()).amount();
        this.criteriaReference = d.criteriaReference() == null || d.criteriaReference().isBlank() ? null
                : d.criteriaReference().trim();
        this.infoSessions.clear();
        if (d.infoSessions() != null) {
            d.infoSessions().stream().sorted().forEach(infoSessions::add);
        }
    }

    /** Budget or expected grant of EUR 30,001 or more (strictly above EUR 30,000). */
    public boolean requiresEqualOpportunitiesTest() {
        return Money.eur(budget).isGreaterThan(EQUAL_OPPORTUNITIES_THRESHOLD)
                || (expectedGrant != null && Money.eur(expectedGrant).isGreaterThan(EQUAL_OPPORTUNITIES_THRESHOLD));
    }

    public boolean hasEqualOpportunitiesTest() {
        return equalOpportunities != null && equalOpportunities.isRecorded();
    }

    public void recordEqualOpportunitiesTest(EqualOpportunitiesTest test) {
        if (state == CallState.CLOSED || state == CallState.ARCHIVED) {
            throw new DomainException("catalogue.call.notEditable", state);
        }
        this.equalOpportunities = test;
    }

    /** Moves the call to the target state if the state machine and the call's rules allow it. */
    public void moveTo(CallState target, Instant now) {
        if (target == null || !state.canGoTo(target)) {
            throw DomainException.onField("state", "catalogue.call.transitionNotAllowed", state, target);
        }
        switch (target) {
            case PUBLISHED -> {
                if (criteriaReference == null) {
                    throw DomainException.onField("criteriaReference", "catalogue.call.criteriaRequired");
                }
            }
            case OPEN -> {
                if (requiresEqualOpportunitiesTest() && !hasEqualOpportunitiesTest()) {
                    throw DomainException.onField("equalOpportunities", "catalogue.call.eoTestRequired",
                            EQUAL_OPPORTUNITIES_THRESHOLD.amount().toPlainString());
                }
                if (mode == CallMode.DEADLINE && !now.isBefore(closesAt)) {
                    throw DomainException.onField("closesAt", "catalogue.call.closingPassed");
                }
            }
            default -> {
            }
        }
        this.state = target;
    }

    /** Whether a proposal can be submitted at this instant: open state and, for deadline calls, inside the window. */
    public boolean isOpenAt(Instant t) {
        return isOpen(state, mode, opensAt, closesAt, t);
    }

    static boolean isOpen(CallState state, CallMode mode, Instant opensAt, Instant closesAt, Instant t) {
        if (state != CallState.OPEN) {
            return false;
        }
        if (mode == CallMode.PERMANENT) {
            return opensAt == null || !t.isBefore(opensAt);
        }
        return !t.isBefore(opensAt) && t.isBefore(closesAt);
    }

    /** Time left before closing, for a deadline call that is open at {@code now}. */
    public Optional<Duration> remaining(Instant now) {
        if (mode != CallMode.DEADLINE || !isOpenAt(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, closesAt));
    }

    public UUID getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public LocalizedText getTitle() {
        return title;
    }

    /** Never null: Hibernate loads an embeddable whose columns are all null as null. */
    public LocalizedText getTheme() {
        return theme == null ? LocalizedText.of("", "") : theme;
    }

    public CallMode getMode() {
        return mode;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public int getStages() {
        return stages;
    }

    public Money getBudget() {
        return Money.eur(budget);
    }

    public Money getExpectedGrant() {
        return expectedGrant == null ? null : Money.eur(expectedGrant);
    }

    public String getCriteriaReference() {
        return criteriaReference;
    }

    public CallState getState() {
        return state;
    }

    public EqualOpportunitiesTest getEqualOpportunities() {
        return hasEqualOpportunitiesTest() ? equalOpportunities : null;
    }

    public List<Instant> getInfoSessions() {
        return Collections.unmodifiableList(infoSessions);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public CallDetails details() {
        return new CallDetails(title, getTheme(), mode, opensAt, closesAt, stages, budget, expectedGrant, criteriaReference,
                new ArrayList<>(infoSessions));
    }
}

package org.regia.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.regia.catalogue.FinderProfile;
import org.regia.catalogue.InnovationDomain;
import org.regia.catalogue.InnovationPhase;
import org.regia.catalogue.SupportNeed;
import org.regia.shared.DomainException;

/**
 * A firm's request sent to one actor, tracked to its outcome: sent → accepted or declined; accepted → contacted →
 * service delivered → led to an application (each step optional after contact, never backwards).
 */
@Entity
@Table(name = "directory_referral")
@Audited
public class Referral {

    public enum State {
        SENT, ACCEPTED, DECLINED, CONTACTED, SERVICE_DELIVERED, LED_TO_APPLICATION;

        private static final Map<State, Set<State>> NEXT = Map.of(
                SENT, Set.of(ACCEPTED, DECLINED),
                ACCEPTED, Set.of(CONTACTED),
                CONTACTED, Set.of(SERVICE_DELIVERED, LED_TO_APPLICATION),
                SERVICE_DELIVERED, Set.of(LED_TO_APPLICATION),
                DECLINED, Set.of(),
                LED_TO_APPLICATION, Set.of());

        public Set<State> next() {
            return NEXT.get(this);
        }
    }

    @Id
    private UUID id;
    @Column(name = "actor_id", nullable = false)
    private UUID actorId;
    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;
    @Column(name = "requested_by", nullable = false)
    private UUID requestedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "profile", nullable = false)
    private FinderProfile profile;
    @Enumerated(EnumType.STRING)
    @Column(name = "phase")
    private InnovationPhase phase;
    @Enumerated(EnumType.STRING)
    @Column(name = "domain")
    private InnovationDomain domain;
    @Enumerated(EnumType.STRING)
    @Column(name = "need", nullable = false)
    private SupportNeed need;
    @Column(name = "description", nullable = false)
    private String description;
    /** The firm an accountant or a federation asks for, when the request is made on its behalf. */
    @Column(name = "on_behalf_of")
    private String onBehalfOf;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "directory_referral_step", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "position")
    private List<Step> steps = new ArrayList<>();
    @Version
    private long version;

    protected Referral() {
    }

    Referral(EcosystemActor actor, UUID organisationId, UUID requestedBy, Need need, String onBehalfOf, Instant at) {
        if (!actor.isPublished()) {
            throw DomainException.onField("actors", "directory.referral.inactiveActor", actor.getName());
        }
        this.id = UUID.randomUUID();
        this.actorId = actor.getId();
        this.organisationId = organisationId;
        this.requestedBy = requestedBy;
        this.profile = need.profile();
        this.phase = need.phase();
        this.domain = need.domain();
        this.need = need.need();
        this.description = need.description();
        this.onBehalfOf = onBehalfOf == null || onBehalfOf.isBlank() ? null : onBehalfOf.trim();
        this.state = State.SENT;
        this.createdAt = at;
        steps.add(new Step(State.SENT, at, null, null));
    }

    void move(State target, String by, String comment, Instant at) {
        if (!state.next().contains(target)) {
            throw new DomainException("directory.referral.transition", state.name(), target.name());
        }
        if (target == State.DECLINED && (comment == null || comment.isBlank())) {
            throw DomainException.onField("comment", "directory.referral.declineReason");
        }
        this.state = target;
        steps.add(new Step(target, at, by, comment));
    }

    public UUID getId() { return id; }
    public UUID getActorId() { return actorId; }
    public UUID getOrganisationId() { return organisationId; }
    public UUID getRequestedBy() { return requestedBy; }
    public FinderProfile getProfile() { return profile; }
    public InnovationPhase getPhase() { return phase; }
    public InnovationDomain getDomain() { return domain; }
    public SupportNeed getNeed() { return need; }
    public String getDescription() { return description; }
    public String getOnBehalfOf() { return onBehalfOf; }
    public State getState() { return state; }
    public Instant getCreatedAt() { return createdAt; }
    public List<Step> getSteps() { return List.copyOf(steps); }

    /** One step of the referral's history. */
    @jakarta.persistence.Embeddable
    public static class Step {
        @Enumerated(EnumType.STRING)
        @Column(name = "state", nullable = false)
        private State state;
        @Column(name = "at", nullable = false)
        private Instant at;
        @Column(name = "by_user")
        private String by;
        @Column(name = "comment")
        private String comment;

        protected Step() {
        }

        Step(State state, Instant at, String by, String comment) {
            this.state = state;
            this.at = at;
            this.by = by;
            this.comment = comment;
        }

    public State getState() { return state; }
        public Instant getAt() { return at; }
        public String getBy() { return by; }
        public String getComment() { return comment; }
    }
}

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.regia.catalogue.InnovationDomain;
import org.regia.catalogue.InnovationPhase;
import org.regia.catalogue.SupportNeed;
import org.regia.shared.DomainException;

/**
 * A need posted on the needs board. Shown anonymised (no firm name, only sector, phase, domain and the text the firm
 * wrote); knowledge institutions answer it, and only the firm sees who answered.
 */
@Entity
@Table(name = "directory_posted_need")
public class PostedNeed {

    @Id
    private UUID id;
    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;
    @Column(name = "sector")
    private String sector;
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
    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;
    @Column(nullable = false)
    private boolean open = true;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "directory_need_answer", joinColumns = @JoinColumn(name = "need_id"))
    @OrderColumn(name = "position")
    private List<Answer> answers = new ArrayList<>();

    protected PostedNeed() {
    }

    PostedNeed(UUID organisationId, String sector, Need need, Instant at) {
        this.id = UUID.randomUUID();
        this.organisationId = organisationId;
        this.sector = sector;
        this.phase = need.phase();
        this.domain = need.domain();
        this.need = need.need();
        this.description = need.description();
        this.postedAt = at;
    }

    void answer(EcosystemActor actor, String message, Instant at) {
        if (!open) {
            throw new DomainException("directory.board.closed");
        }
        if (!actor.isPublished()) {
            throw new DomainException("directory.referral.inactiveActor", actor.getName());
        }
        if (message == null || message.isBlank()) {
            throw DomainException.onField("message", "directory.board.messageRequired");
        }
        answers.add(new Answer(actor.getId(), actor.getName(), message.trim(), at));
    }

    void close() {
        this.open = false;
    }

    public UUID getId() { return id; }
    public UUID getOrganisationId() { return organisationId; }
    public String getSector() { return sector; }
    public InnovationPhase getPhase() { return phase; }
    public InnovationDomain getDomain() { return domain; }
    public SupportNeed getNeed() { return need; }
    public String getDescription() { return description; }
    public Instant getPostedAt() { return postedAt; }
    public boolean isOpen() { return open; }
    public List<Answer> getAnswers() { return List.copyOf(answers); }

    @jakarta.persistence.Embeddable
    public static class Answer {
        @Column(name = "actor_id", nullable = false)
        private UUID actorId;
        @Column(name = "actor_name", nullable = false)
        private String actorName;
        @Column(name = "message", nullable = false)
        private String message;
        @Column(name = "at", nullable = false)
        private Instant at;

        protected Answer() {
        }

        Answer(UUID actorId, String actorName, String message, Instant at) {
            this.actorId = actorId;
            this.actorName = actorName;
            this.message = message;
            this.at = at;
        }

        public UUID getActorId() { return actorId; }
        public String getActorName() { return actorName; }
        public String getMessage() { return message; }
        public Instant getAt() { return at; }
    }
}

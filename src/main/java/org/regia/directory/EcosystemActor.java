package org.regia.directory;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.regia.catalogue.FinderProfile;
import org.regia.catalogue.InnovationDomain;
import org.regia.catalogue.InnovationPhase;
import org.regia.catalogue.SupportNeed;
import org.regia.shared.DomainException;
import org.regia.shared.LocalizedText;

/**
 * An intermediary of the regional ecosystem, linked to the organisation whose people maintain the entry. Research
 * centres can be recognised as innovation-voucher providers for a period.
 */
@Entity
@Table(name = "directory_actor")
@Audited
public class EcosystemActor {

    @Id
    private UUID id;
    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActorType type;
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fr", column = @Column(name = "profile_fr")),
        @AttributeOverride(name = "nl", column = @Column(name = "profile_nl")),
        @AttributeOverride(name = "en", column = @Column(name = "profile_en"))})
    private LocalizedText profile;
    @Column(name = "website")
    private String website;
    @Column(name = "contact_email", nullable = false)
    private String contactEmail;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "planned_activities")
    private String plannedActivities;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActorStatus status;
    @Column(name = "validated_by")
    private String validatedBy;
    @Column(name = "validated_at")
    private Instant validatedAt;
    /** Codes of the catalogue programmes the actor operates or gives access to (e.g. the Innovation Voucher). */
    @Column(name = "instruments", nullable = false)
    private String instruments = "";
    @Column(name = "recognised_from")
    private LocalDate recognisedFrom;
    @Column(name = "recognised_until")
    private LocalDate recognisedUntil;
    @OneToMany(mappedBy = "actor", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    @BatchSize(size = 50)
    private List<Offering> offerings = new ArrayList<>();
    @Version
    private long version;

    protected EcosystemActor() {
    }

    public EcosystemActor(UUID organisationId, String name, ActorType type, LocalizedText profile, String website,
                          String contactEmail, String contactPhone) {
        this.id = UUID.randomUUID();
        this.organisationId = organisationId;
        this.status = ActorStatus.PENDING_VALIDATION;
        describe(name, type, profile, website, contactEmail, contactPhone, null);
    }

    /** Any change by the actor itself sends the entry back for validation. */
    public void describe(String name, ActorType type, LocalizedText profile, String website, String contactEmail,
                         String contactPhone, String plannedActivities) {
        if (name == null || name.isBlank()) {
            throw DomainException.onField("name", "directory.actor.nameRequired");
        }
        if (type == null) {
            throw DomainException.onField("type", "directory.actor.typeRequired");
        }
        if (contactEmail == null || !contactEmail.trim().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            throw DomainException.onField("contactEmail", "directory.actor.contactRequired");
        }
        this.name = name.trim();
        this.type = type;
        this.profile = profile;
        this.website = website == null || website.isBlank() ? null : website.trim();
        this.contactEmail = contactEmail.trim();
        this.contactPhone = contactPhone;
        this.plannedActivities = plannedActivities;
        if (status == ActorStatus.PUBLISHED) {
            status = ActorStatus.PENDING_VALIDATION;
        }
    }

    public Offering offer(LocalizedText name, LocalizedText description, Set<FinderProfile> targetGroups,
                          Set<InnovationPhase> phases, Set<InnovationDomain> domains, Set<SupportNeed> needs, BigDecimal price) {
        Offering o = new Offering(this, name, description, targetGroups, phases, domains, needs, price);
        offerings.add(o);
        if (status == ActorStatus.PUBLISHED) {
            status = ActorStatus.PENDING_VALIDATION;
        }
        return o;
    }

    public void giveAccessTo(java.util.Collection<String> programmeCodes) {
        this.instruments = programmeCodes == null ? "" : String.join(",", new java.util.TreeSet<>(programmeCodes));
        if (status == ActorStatus.PUBLISHED) {
            status = ActorStatus.PENDING_VALIDATION;
        }
    }

    public List<String> getInstruments() {
        return instruments == null || instruments.isBlank() ? List.of() : List.of(instruments.split(","));
    }

    public void validate(String by, Instant at) {
        if (status == ActorStatus.INACTIVE) {
            throw new DomainException("directory.actor.inactive", name);
        }
        this.status = ActorStatus.PUBLISHED;
        this.validatedBy = by;
        this.validatedAt = at;
    }

    public void deactivate() {
        this.status = ActorStatus.INACTIVE;
    }

    /** Recognition as innovation-voucher provider, from one date to another (both included). */
    public void recognise(LocalDate from, LocalDate until) {
        if (from == null || until == null || until.isBefore(from)) {
            throw DomainException.onField("recognisedUntil", "directory.actor.recognitionDates");
        }
        this.recognisedFrom = from;
        this.recognisedUntil = until;
    }

    public boolean isRecognisedOn(LocalDate day) {
        return recognisedFrom != null && !day.isBefore(recognisedFrom) && !day.isAfter(recognisedUntil);
    }

    public boolean isPublished() {
        return status == ActorStatus.PUBLISHED;
    }

    public UUID getId() { return id; }
    public UUID getOrganisationId() { return organisationId; }
    public String getName() { return name; }
    public ActorType getType() { return type; }
    public LocalizedText getProfile() { return profile; }
    public String getWebsite() { return website; }
    public String getContactEmail() { return contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public String getPlannedActivities() { return plannedActivities; }
    public ActorStatus getStatus() { return status; }
    public String getValidatedBy() { return validatedBy; }
    public Instant getValidatedAt() { return validatedAt; }
    public LocalDate getRecognisedFrom() { return recognisedFrom; }
    public LocalDate getRecognisedUntil() { return recognisedUntil; }
    public List<Offering> getOfferings() { return List.copyOf(offerings); }
    public long getVersion() { return version; }
}

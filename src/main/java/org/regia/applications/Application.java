package org.regia.applications;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.regia.shared.DomainException;

/** An application to a call: draft until submitted, then frozen (its snapshot is the {@link Submission}). */
@Entity
@Table(name = "application")
@Audited
// an update sends only the changed columns: marking a dossier submitted (status, who, when) does not send its form data
@org.hibernate.annotations.DynamicUpdate
public class Application {

    public enum Status { DRAFT, SUBMITTED }

    public enum Screening { PENDING, ADMISSIBLE, NOT_ADMISSIBLE }

    @Id
    private UUID id;
    @Column(name = "call_id", nullable = false)
    private UUID callId;
    @Column(name = "form_id", nullable = false)
    private UUID formId;
    @Column(nullable = false)
    private String title;
    @Column(name = "form_data", nullable = false)
    private String formData = "{}";
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "ethics_personal_data")
    private Boolean ethicsPersonalData;
    @Column(name = "ethics_dual_use")
    private Boolean ethicsDualUse;
    @Column(name = "ethics_environment")
    private Boolean ethicsEnvironment;
    @Column(name = "ethics_animals")
    private Boolean ethicsAnimals;
    @Column(name = "ethics_humans")
    private Boolean ethicsHumans;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Screening screening = Screening.PENDING;
    @Column(name = "screening_reason")
    private String screeningReason;
    @Column(name = "created_by", nullable = false)
    private UUID createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by")
    private UUID updatedBy;
    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("role, id")
    private List<Partner> partners = new ArrayList<>();
    @Version
    private long version;

    protected Application() {
    }

    Application(UUID callId, UUID formId, String title, org.regia.organisations.Organisation coordinatorOrganisation, UUID createdBy, Instant now) {
        if (title == null || title.isBlank()) {
            throw DomainException.onField("title", "applications.title.required");
        }
        if (title.trim().length() > 250) {
            throw DomainException.onField("title", "applications.title.tooLong", 250);
        }
        this.id = UUID.randomUUID();
        this.callId = callId;
        this.formId = formId;
        this.title = title.trim();
        this.status = Status.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.updatedBy = createdBy;
        partners.add(Partner.coordinator(this, coordinatorOrganisation, null));
    }

    void requireDraft() {
        if (status != Status.DRAFT) {
            throw new DomainException("applications.alreadySubmitted");
        }
    }

    void edit(String title, String formData, Ethics ethics, UUID by, Instant now) {
        requireDraft();
        if (title != null) {
            if (title.isBlank()) {
                throw DomainException.onField("title", "applications.title.required");
            }
            if (title.trim().length() > 250) {
                throw DomainException.onField("title", "applications.title.tooLong", 250);
            }
            this.title = title.trim();
        }
        if (formData != null) {
            this.formData = formData;
        }
        if (ethics != null) {
            this.ethicsPersonalData = ethics.personalData();
            this.ethicsDualUse = ethics.dualUse();
            this.ethicsEnvironment = ethics.environment();
            this.ethicsAnimals = ethics.animals();
            this.ethicsHumans = ethics.humans();
        }
        touch(by, now);
    }

    void touch(UUID by, Instant now) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    Partner invite(String email, String partnerRole, String token) {
        requireDraft();
        String normalised = email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
        if (partners.stream().anyMatch(p -> normalised != null && normalised.equals(p.getInvitedEmail())
                && p.getStatus() == Partner.Status.INVITED)) {
            throw DomainException.onField("email", "applications.partner.alreadyInvited", normalised);
        }
        Partner p = Partner.invited(this, email, partnerRole, token);
        partners.add(p);
        return p;
    }

    void markSubmitted(UUID by, Instant now) {
        requireDraft();
        this.status = Status.SUBMITTED;
        touch(by, now);
    }

    void screen(Screening outcome, String reason) {
        if (status != Status.SUBMITTED) {
            throw new DomainException("applications.screening.notSubmitted");
        }
        if (outcome == Screening.NOT_ADMISSIBLE && (reason == null || reason.isBlank())) {
            throw DomainException.onField("reason", "applications.screening.reasonRequired");
        }
        this.screening = outcome;
        this.screeningReason = reason == null || reason.isBlank() ? null : reason.trim();
    }

    public Ethics ethics() {
        return new Ethics(ethicsPersonalData, ethicsDualUse, ethicsEnvironment, ethicsAnimals, ethicsHumans);
    }

    public Partner coordinator() {
        return partners.stream().filter(p -> p.getRole() == Partner.Role.COORDINATOR).findFirst().orElseThrow();
    }

    public List<Partner> acceptedPartners() {
        return partners.stream().filter(p -> p.getStatus() == Partner.Status.ACCEPTED).toList();
    }

    public Optional<Partner> partner(UUID partnerId) {
        return partners.stream().filter(p -> p.getId().equals(partnerId)).findFirst();
    }

    public UUID getId() {
        return id;
    }

    public UUID getCallId() {
        return callId;
    }

    public UUID getFormId() {
        return formId;
    }

    public String getTitle() {
        return title;
    }

    public String getFormData() {
        return formData;
    }

    public Status getStatus() {
        return status;
    }

    public Screening getScreening() {
        return screening;
    }

    public String getScreeningReason() {
        return screeningReason;
    }

    public UUID getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<Partner> getPartners() {
        return List.copyOf(partners);
    }

    public long getVersion() {
        return version;
    }
}

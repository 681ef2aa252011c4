package org.regia.grants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.regia.shared.DomainException;

/**
 * A grant awarded to an organisation (the coordinator, for a consortium: the partners' shares are {@link GrantPartner}s),
 * created from a funding decision or by a financial officer. Agreements, schedules and reports come with the rest of
 * issue 6.
 */
@Entity
@Table(name = "grants_grant")
@Audited
public class Grant {

    public enum Status { OPEN, CLOSED }

    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String reference;
    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal awarded;
    @Column(name = "start_date", nullable = false)
    private LocalDate start;
    @Column(name = "end_date", nullable = false)
    private LocalDate end;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "decision_id")
    private UUID decisionId;
    @Column(name = "application_id")
    private UUID applicationId;
    @Column(name = "call_id")
    private UUID callId;
    @Column(name = "programme_id")
    private UUID programmeId;
    @Column(name = "awarded_at")
    private java.time.Instant awardedAt;
    @Version
    private long version;

    protected Grant() {
    }

    Grant(String reference, UUID organisationId, String title, BigDecimal awarded, LocalDate start, LocalDate end) {
        if (reference == null || reference.isBlank()) {
            throw DomainException.onField("reference", "grants.grant.referenceRequired");
        }
        if (awarded == null || awarded.signum() <= 0) {
            throw DomainException.onField("awarded", "grants.amount.positive");
        }
        if (start == null || end == null || end.isBefore(start)) {
            throw DomainException.onField("end", "grants.grant.endBeforeStart");
        }
        this.id = UUID.randomUUID();
        this.reference = reference.trim();
        this.organisationId = organisationId;
        this.title = title;
        this.awarded = awarded;
        this.start = start;
        this.end = end;
        this.status = Status.OPEN;
    }

    /** Where the grant comes from (a funding decision on an application of a call) and when it was awarded. */
    void origin(UUID decisionId, UUID applicationId, UUID callId, UUID programmeId, java.time.Instant awardedAt) {
        this.decisionId = decisionId;
        this.applicationId = applicationId;
        this.callId = callId;
        this.programmeId = programmeId;
        this.awardedAt = awardedAt;
    }

    /** The event announcing this grant to the other modules. */
    GrantAwarded awarded() {
        return new GrantAwarded(id, reference, organisationId, applicationId, callId, programmeId, title, awarded,
                start, end, awardedAt);
    }

    void close() {
        this.status = Status.CLOSED;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public UUID getId() { return id; }
    public String getReference() { return reference; }
    public UUID getOrganisationId() { return organisationId; }
    public String getTitle() { return title; }
    public BigDecimal getAwarded() { return awarded; }
    public LocalDate getStart() { return start; }
    public LocalDate getEnd() { return end; }
    public Status getStatus() { return status; }
    public UUID getDecisionId() { return decisionId; }
    public UUID getApplicationId() { return applicationId; }
    public UUID getCallId() { return callId; }
    public UUID getProgrammeId() { return programmeId; }
    public java.time.Instant getAwardedAt() { return awardedAt; }
}

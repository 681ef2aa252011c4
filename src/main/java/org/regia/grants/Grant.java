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

/** A grant awarded to an organisation (agreements, schedules and reports come with the rest of issue 6). */
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
}

package org.regia.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A person's role in an organisation, from a date, until a date when it ends. */
@Entity
@Table(name = "affiliation")
@Audited
public class Affiliation {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AffiliationRole role;
    @Column(name = "valid_from", nullable = false)
    private LocalDate from;
    @Column(name = "valid_until")
    private LocalDate until;

    protected Affiliation() {
    }

    public Affiliation(Person person, Organisation organisation, AffiliationRole role, LocalDate from) {
        this.id = UUID.randomUUID();
        this.person = person;
        this.organisation = organisation;
        this.role = role;
        this.from = from;
    }

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }

    public void end(LocalDate day) {
        this.until = day;
    }

    public UUID getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public AffiliationRole getRole() {
        return role;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getUntil() {
        return until;
    }
}

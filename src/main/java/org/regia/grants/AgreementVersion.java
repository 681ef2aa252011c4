package org.regia.grants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One version of a grant agreement with the full snapshot of its terms ({@link AgreementSnapshot} as JSON): version 1
 * is the original agreement, every approved {@link Amendment} adds the next one. Versions are never changed or deleted.
 */
@Entity
@Table(name = "grants_agreement_version")
public class AgreementVersion {

    @Id
    private UUID id;
    @Column(name = "grant_id", nullable = false, updatable = false)
    private UUID grantId;
    @Column(nullable = false, updatable = false)
    private int number;
    @Column(name = "amendment_id", updatable = false)
    private UUID amendmentId;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String terms;

    protected AgreementVersion() {
    }

    AgreementVersion(UUID grantId, int number, UUID amendmentId, Instant createdAt, String createdBy, String terms) {
        this.id = UUID.randomUUID();
        this.grantId = grantId;
        this.number = number;
        this.amendmentId = amendmentId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.terms = terms;
    }

    public UUID getId() { return id; }
    public UUID getGrantId() { return grantId; }
    public int getNumber() { return number; }
    public UUID getAmendmentId() { return amendmentId; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    String getTerms() { return terms; }
}

package org.regia.applications;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** The immutable record of a submission: snapshot JSON, its SHA-256, receipt number and PDF, eligibility results. */
@Entity
@Table(name = "application_submission")
@Immutable
public class Submission extends org.regia.shared.AssignedIdEntity {

    @Id
    private UUID id;
    @Column(name = "application_id", nullable = false)
    private UUID applicationId;
    @Column(name = "idempotency_key", nullable = false)
    private String idempotencyKey;
    @Column(name = "receipt_number", nullable = false)
    private String receiptNumber;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "submitted_by", nullable = false)
    private UUID submittedBy;
    @Column(name = "form_id", nullable = false)
    private UUID formId;
    @Column(nullable = false)
    private String snapshot;
    @Column(name = "snapshot_sha256", nullable = false)
    private String snapshotSha256;
    @Column(nullable = false)
    private String eligibility;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "receipt_pdf")
    private byte[] receiptPdf;

    protected Submission() {
    }

    Submission(UUID applicationId, String idempotencyKey, String receiptNumber, Instant submittedAt, UUID submittedBy,
               UUID formId, String snapshot, String snapshotSha256, String eligibility, byte[] receiptPdf) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.idempotencyKey = idempotencyKey;
        this.receiptNumber = receiptNumber;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.formId = formId;
        this.snapshot = snapshot;
        this.snapshotSha256 = snapshotSha256;
        this.eligibility = eligibility;
        this.receiptPdf = receiptPdf;
    }

    public UUID getId() {
        return id;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public UUID getSubmittedBy() {
        return submittedBy;
    }

    public UUID getFormId() {
        return formId;
    }

    public String getSnapshot() {
        return snapshot;
    }

    public String getSnapshotSha256() {
        return snapshotSha256;
    }

    public String getEligibility() {
        return eligibility;
    }

    public byte[] getReceiptPdf() {
        return receiptPdf;
    }
}

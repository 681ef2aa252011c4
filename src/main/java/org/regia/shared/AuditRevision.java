package org.regia.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One Envers revision: who changed domain records, and when. */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "changed_at_ms", nullable = false)
    private long changedAtMillis;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    public long getId() {
        return id;
    }

    public Instant getChangedAt() {
        return Instant.ofEpochMilli(changedAtMillis);
    }

    public String getChangedBy() {
        return changedBy;
    }

    void setChangedBy(String changedBy) {
        this.changedBy = changedBy;
    }
}

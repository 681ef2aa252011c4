package org.regia.control;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A defect of the source found by the import (band overlaps and gaps, FR/NL differences): kept for the report. */
@Entity
@Table(name = "control_source_defect")
public class ControlSourceDefect {

    @Id
    private UUID id;
    @Column(name = "document_id", nullable = false)
    private UUID documentId;
    @Column(nullable = false)
    private int line;
    @Column(nullable = false)
    private String ref;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String detail;

    protected ControlSourceDefect() {
    }

    public ControlSourceDefect(UUID documentId, int line, String ref, String kind, String detail) {
        this.id = UUID.randomUUID();
        this.documentId = documentId;
        this.line = line;
        this.ref = ref;
        this.kind = kind;
        this.detail = detail;
    }

    public UUID getId() {
        return id;
    }

    public UUID getDocumentId() {
        return documentId;
    }

    public int getLine() {
        return line;
    }

    public String getRef() {
        return ref;
    }

    public String getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }
}

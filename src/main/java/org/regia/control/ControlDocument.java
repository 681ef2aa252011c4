package org.regia.control;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.UUID;
import org.regia.shared.DomainException;

/** A planning document: orientation note, yearly policy letter or the regional innovation plan. */
@Entity
@Table(name = "control_document")
public class ControlDocument {

    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String code;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentKind kind;
    @Column(nullable = false)
    private int year;
    @Column(name = "title_fr", nullable = false)
    private String titleFr;
    @Column(name = "title_nl", nullable = false)
    private String titleNl;
    @Column(name = "source_ref")
    private String sourceRef;
    @Column(nullable = false)
    private boolean published;
    @Version
    private long version;

    protected ControlDocument() {
    }

    public ControlDocument(String code, DocumentKind kind, int year, String titleFr, String titleNl, String sourceRef) {
        if (code == null || code.isBlank()) {
            throw DomainException.onField("code", "control.document.codeRequired");
        }
        if (kind == null) {
            throw DomainException.onField("kind", "control.document.kindRequired");
        }
        Texts.requireBoth("title", titleFr, titleNl);
        this.id = UUID.randomUUID();
        this.code = code.trim();
        this.kind = kind;
        this.year = year;
        this.titleFr = titleFr.trim();
        this.titleNl = titleNl.trim();
        this.sourceRef = sourceRef;
    }

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public int getYear() {
        return year;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public String getTitleNl() {
        return titleNl;
    }

    public String title(Locale locale) {
        return Texts.in(locale, titleFr, titleNl);
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public boolean isPublished() {
        return published;
    }

    public void publish(boolean published) {
        this.published = published;
    }
}

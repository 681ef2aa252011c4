package org.regia.control;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.UUID;

/** A thematic pillar of a policy letter (IV.1 Climate, IV.2 Transversal...) or an axis of the innovation plan. */
@Entity
@Table(name = "control_pillar")
public class ControlPillar {

    @Id
    private UUID id;
    @Column(name = "document_id", nullable = false)
    private UUID documentId;
    @Column(nullable = false)
    private String code;
    @Column(name = "title_fr", nullable = false)
    private String titleFr;
    @Column(name = "title_nl", nullable = false)
    private String titleNl;
    @Column(nullable = false)
    private int position;

    protected ControlPillar() {
    }

    public ControlPillar(UUID documentId, String code, String titleFr, String titleNl, int position) {
        Texts.requireBoth("title", titleFr, titleNl);
        this.id = UUID.randomUUID();
        this.documentId = documentId;
        this.code = code;
        this.titleFr = titleFr.trim();
        this.titleNl = titleNl.trim();
        this.position = position;
    }

    public UUID getId() {
        return id;
    }

    public UUID getDocumentId() {
        return documentId;
    }

    public String getCode() {
        return code;
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

    public int getPosition() {
        return position;
    }
}

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

/**
 * A regional body (or section, e.g. "all actors") contributing objectives to a document. Its numbering of objectives
 * is its own. Carries the roll-up rule used for its tree.
 */
@Entity
@Table(name = "control_body")
public class ControlBody {

    @Id
    private UUID id;
    @Column(name = "document_id", nullable = false)
    private UUID documentId;
    @Column(nullable = false)
    private String code;
    @Column(name = "name_fr", nullable = false)
    private String nameFr;
    @Column(name = "name_nl", nullable = false)
    private String nameNl;
    @Enumerated(EnumType.STRING)
    @Column(name = "roll_up_rule", nullable = false)
    private RollUpRule rollUpRule = RollUpRule.WORST_OF;
    @Column(nullable = false)
    private int position;
    @Version
    private long version;

    protected ControlBody() {
    }

    public ControlBody(UUID documentId, String code, String nameFr, String nameNl, RollUpRule rule, int position) {
        Texts.requireBoth("name", nameFr, nameNl);
        this.id = UUID.randomUUID();
        this.documentId = documentId;
        this.code = code.trim();
        this.nameFr = nameFr.trim();
        this.nameNl = nameNl.trim();
        this.rollUpRule = rule == null ? RollUpRule.WORST_OF : rule;
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

    public String getNameFr() {
        return nameFr;
    }

    public String getNameNl() {
        return nameNl;
    }

    public String name(Locale locale) {
        return Texts.in(locale, nameFr, nameNl);
    }

    public RollUpRule getRollUpRule() {
        return rollUpRule;
    }

    public void setRollUpRule(RollUpRule rule) {
        if (rule == null) {
            throw org.regia.shared.DomainException.onField("rule", "control.body.ruleRequired");
        }
        this.rollUpRule = rule;
    }

    public int getPosition() {
        return position;
    }
}

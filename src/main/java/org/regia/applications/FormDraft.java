package org.regia.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.regia.shared.DomainException;

/**
 * An officer's editable copy of a form definition. It is saved only when {@link FormDesign#check} finds nothing,
 * and becomes the next immutable {@link FormDefinition} version of its code when published.
 */
@Entity
@Table(name = "app_form_draft")
public class FormDraft {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String code;
    @Column(name = "based_on")
    private UUID basedOn;
    @Column(nullable = false)
    private String definition;
    @Column(name = "created_by")
    private UUID createdBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected FormDraft() {
    }

    FormDraft(String code, UUID basedOn, String definition, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.basedOn = basedOn;
        this.createdBy = createdBy;
        edit(code, definition, now);
    }

    /** Replaces code and definition; refuses (nothing changed) with every problem when the design is not valid. */
    void edit(String code, String definition, Instant now) {
        checkCode(code);
        List<FieldError> errors = FormDesign.check(FormSchema.JSON.readTree(definition));
        if (!errors.isEmpty()) {
            throw new FormDesignRefused(errors);
        }
        FormSchema.parse(definition);
        this.code = code;
        this.definition = definition;
        this.updatedAt = now;
    }

    static void checkCode(String code) {
        if (code == null || code.length() > 60 || !code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw DomainException.onField("code", "applications.form.badCode");
        }
    }

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public UUID getBasedOn() {
        return basedOn;
    }

    public String getDefinition() {
        return definition;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public FormSchema schema() {
        return FormSchema.parse(definition);
    }
}

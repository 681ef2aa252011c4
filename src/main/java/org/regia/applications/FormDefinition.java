package org.regia.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One immutable version of an application form, stored as JSON (see {@link FormSchema}). */
@Entity
@Table(name = "app_form_definition")
@org.hibernate.annotations.Immutable
public class FormDefinition {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private int version;
    @Column(nullable = false)
    private String definition;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FormDefinition() {
    }

    public FormDefinition(String code, int version, String definition, Instant createdAt) {
        FormSchema.parse(definition); // refuses a malformed definition
        this.id = UUID.randomUUID();
        this.code = code;
        this.version = version;
        this.definition = definition;
        this.createdAt = createdAt;
    }

    /** Parsed once per version and shared: a version never changes (read-only records, safe across threads). */
    public FormSchema schema() {
        return id == null ? FormSchema.parse(definition) : PARSED.computeIfAbsent(id, k -> FormSchema.parse(definition));
    }

    private static final java.util.Map<UUID, FormSchema> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getVersion() {
        return version;
    }

    public String getDefinition() {
        return definition;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

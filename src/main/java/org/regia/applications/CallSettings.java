package org.regia.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.regia.shared.DomainException;

/** What this module keeps per call: the pinned form version and the attachment size limit. */
@Entity
@Table(name = "app_call_settings")
public class CallSettings {

    public static final long MAX_LIMIT = 25L * 1024 * 1024;

    @Id
    @Column(name = "call_id")
    private UUID callId;
    @Column(name = "form_id", nullable = false)
    private UUID formId;
    @Column(name = "max_attachment_bytes", nullable = false)
    private long maxAttachmentBytes;

    protected CallSettings() {
    }

    public CallSettings(UUID callId, UUID formId, long maxAttachmentBytes) {
        this.callId = callId;
        pin(formId, maxAttachmentBytes);
    }

    public void pin(UUID formId, long maxAttachmentBytes) {
        if (maxAttachmentBytes <= 0 || maxAttachmentBytes > MAX_LIMIT) {
            throw DomainException.onField("maxAttachmentBytes", "applications.settings.badLimit", MAX_LIMIT);
        }
        this.formId = formId;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    public UUID getCallId() {
        return callId;
    }

    public UUID getFormId() {
        return formId;
    }

    public long getMaxAttachmentBytes() {
        return maxAttachmentBytes;
    }
}

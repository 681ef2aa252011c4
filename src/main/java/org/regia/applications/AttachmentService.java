package org.regia.applications;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.regia.identity.CurrentUser;
import org.regia.shared.DomainException;
import org.regia.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Attachments: checked (not empty, under the call's limit, type from the bytes agreeing with the name), hashed, stored. */
@Service
@Transactional
public class AttachmentService {

    private final ApplicationService applications;
    private final FormService forms;
    private final AttachmentRepository attachments;
    private final Clock clock;

    AttachmentService(ApplicationService applications, FormService forms, AttachmentRepository attachments, Clock clock) {
        this.applications = applications;
        this.forms = forms;
        this.attachments = attachments;
        this.clock = clock;
    }

    public Attachment upload(UUID applicationId, String fieldKey, String fileName, byte[] content) {
        Application a = applications.editable(applicationId);
        FormSchema schema = forms.form(a.getFormId()).schema();
        if (schema.fileFields().stream().noneMatch(f -> f.key().equals(fieldKey))) {
            throw DomainException.onField("file", "applications.attachment.unknownSlot", String.valueOf(fieldKey));
        }
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").trim();
        if (name.isEmpty() || name.length() > 250) {
            throw DomainException.onField("file", "applications.attachment.badName");
        }
        if (content == null || content.length == 0) {
            throw DomainException.onField("file", "applications.attachment.empty", name);
        }
        long limit = forms.settingsFor(a.getCallId()).getMaxAttachmentBytes();
        if (content.length > limit) {
            throw DomainException.onField("file", "applications.attachment.tooLarge", name, mb(content.length), mb(limit));
        }
        FileType type = FileType.sniff(content)
                .orElseThrow(() -> DomainException.onField("file", "applications.attachment.unknownType", name));
        if (!type.matchesName(name)) {
            throw DomainException.onField("file", "applications.attachment.disguised", name, type.name());
        }
        a.touch(CurrentUser.id(), clock.instant());
        return attachments.save(new Attachment(a.getId(), fieldKey, name, type.contentType(), content, sha256(content),
                CurrentUser.id(), clock.instant()));
    }

    public void delete(UUID applicationId, UUID attachmentId) {
        Application a = applications.editable(applicationId);
        Attachment att = attachments.findById(attachmentId).filter(x -> x.getApplicationId().equals(a.getId()))
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        attachments.delete(att);
    }

    @Transactional(readOnly = true)
    public List<AttachmentInfo> of(UUID applicationId) {
        applications.get(applicationId);
        return attachments.ofApplication(applicationId);
    }

    @Transactional(readOnly = true)
    public Attachment get(UUID applicationId, UUID attachmentId) {
        applications.get(applicationId);
        Attachment att = attachments.findById(attachmentId).filter(x -> x.getApplicationId().equals(applicationId))
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        att.getContent();
        return att;
    }

    static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

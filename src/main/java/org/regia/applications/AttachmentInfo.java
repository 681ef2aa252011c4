package org.regia.applications;

import java.time.Instant;
import java.util.UUID;

/**
 * What is known of an attachment without its bytes: listings, validation, eligibility and the submission snapshot
 * read this (a JPQL projection), so a 100 KB file is not loaded — nor compared at every flush — just to show its name.
 */
public record AttachmentInfo(UUID id, UUID applicationId, String fieldKey, String fileName, String contentType,
                             long sizeBytes, String sha256, Instant uploadedAt) {

    // bean-style names, for the templates
    public UUID getId() {
        return id;
    }

    public String getFieldKey() {
        return fieldKey;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}

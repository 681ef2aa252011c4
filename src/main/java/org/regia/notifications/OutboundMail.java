package org.regia.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "outbound_mail")
public class OutboundMail extends org.regia.shared.AssignedIdEntity {

    @Id
    private UUID id;
    @Column(name = "recipient", nullable = false)
    private String recipient;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false)
    private String body;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "error")
    private String error;

    protected OutboundMail() {
    }

    OutboundMail(String recipient, String subject, String body, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    /** The web addresses in the body, so the mailbox page can make them clickable. */
    public java.util.List<String> getLinks() {
        return java.util.regex.Pattern.compile("https?://\\S+").matcher(body).results().map(r -> r.group()).toList();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getError() {
        return error;
    }

    void markSent(Instant at) {
        this.sentAt = at;
        this.error = null;
    }

    void markFailed(String error) {
        this.error = error;
    }
}

package org.regia.notifications;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboundMailRepository extends JpaRepository<OutboundMail, UUID> {

    List<OutboundMail> findTop100ByOrderByCreatedAtDesc();

    List<OutboundMail> findByRecipientIgnoreCaseOrderByCreatedAtDesc(String recipient);

    List<OutboundMail> findTop50BySentAtIsNullAndCreatedAtBeforeOrderByCreatedAt(java.time.Instant before);
}

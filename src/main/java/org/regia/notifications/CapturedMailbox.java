package org.regia.notifications;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the outbox: the local mailbox of demo and test runs. */
@Service
@Transactional(readOnly = true)
public class CapturedMailbox {

    private final OutboundMailRepository outbox;

    CapturedMailbox(OutboundMailRepository outbox) {
        this.outbox = outbox;
    }

    public List<OutboundMail> latest() {
        return outbox.findTop100ByOrderByCreatedAtDesc();
    }

    public List<OutboundMail> to(String recipient) {
        return outbox.findByRecipientIgnoreCaseOrderByCreatedAtDesc(recipient);
    }
}

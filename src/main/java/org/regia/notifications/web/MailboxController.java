package org.regia.notifications.web;

import org.regia.notifications.CapturedMailbox;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The local mailbox: only when {@code regia.mail.capture-page=true} (demo profile), never in production. */
@Controller
@ConditionalOnProperty(name = "regia.mail.capture-page", havingValue = "true")
class MailboxController {

    private final CapturedMailbox mailbox;

    MailboxController(CapturedMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/dev/mailbox")
    String mailbox(Model model) {
        model.addAttribute("mails", mailbox.latest());
        return "notifications/mailbox";
    }
}

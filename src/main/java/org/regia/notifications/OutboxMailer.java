package org.regia.notifications;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes each mail to the outbox in the caller's transaction (so a mail exists exactly when the change that caused
 * it is committed) and hands it to SMTP after commit when a mail server is configured. Failed sends stay in the
 * outbox and are retried.
 */
@Service
class OutboxMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(OutboxMailer.class);

    private final OutboundMailRepository outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;
    private final String from;
    private final TransactionTemplate ownTransaction;

    OutboxMailer(OutboundMailRepository outbox, ObjectProvider<JavaMailSender> sender, Clock clock,
                 PlatformTransactionManager transactions,
                 @Value("${regia.mail.from:no-reply@regia.local}") String from) {
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
        this.from = from;
    }

    @Override
    @Transactional
    public void send(String to, String subject, String body) {
        OutboundMail mail = outbox.save(new OutboundMail(to, subject, body, clock.instant()));
        if (smtp() == null) {
            log.debug("Mail to {} captured (no SMTP server configured): {}", to, subject);
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(mail.getId());
                }
            });
        }
    }

    /** The mail server's client, looked up once (the context does not gain or lose one while running). */
    private JavaMailSender smtp() {
        if (!smtpResolved) {
            smtpSender = sender.getIfAvailable();
            smtpResolved = true;
        }
        return smtpSender;
    }

    private volatile JavaMailSender smtpSender;
    private volatile boolean smtpResolved;

    @Scheduled(fixedDelayString = "${regia.mail.retry-interval:PT1M}")
    void retryUnsent() {
        if (smtp() == null) {
            return;
        }
        List<OutboundMail> pending = outbox.findTop50BySentAtIsNullAndCreatedAtBeforeOrderByCreatedAt(clock.instant());
        pending.forEach(m -> deliver(m.getId()));
    }

    private void deliver(java.util.UUID id) {
        JavaMailSender smtp = smtp();
        ownTransaction.executeWithoutResult(tx -> outbox.findById(id).filter(m -> m.getSentAt() == null).ifPresent(m -> {
            try {
                SimpleMailMessage msg = new SimpleMailMessage();
                msg.setFrom(from);
                msg.setTo(m.getRecipient());
                msg.setSubject(m.getSubject());
                msg.setText(m.getBody());
                smtp.send(msg);
                m.markSent(clock.instant());
            } catch (MailException e) {
                log.warn("Mail to {} not sent, will retry: {}", m.getRecipient(), e.getMessage());
                m.markFailed(e.getMessage());
            }
            outbox.save(m);
        }));
    }
}

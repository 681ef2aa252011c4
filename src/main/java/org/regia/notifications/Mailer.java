package org.regia.notifications;

/** Sends an e-mail (public API of the module). */
public interface Mailer {

    void send(String to, String subject, String body);
}

/**
 * Outgoing e-mail. Every message is kept in an outbox table; it is sent through SMTP when {@code spring.mail.host}
 * is configured, and otherwise only captured, readable on the local mailbox page (demo and tests).
 */
package org.regia.notifications;

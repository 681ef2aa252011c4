/**
 * Applications: versioned application forms stored as data (a call pins a version), single and consortium
 * applications (coordinator + invited partners with roles), budgets per partner, cost category, year and work type,
 * requested state aid per partner through the {@code stateaid} engine, attachments (bytea + SHA-256, type sniffed from
 * the bytes), safe submission at the deadline (idempotent, immutable snapshot, receipt PDF), eligibility rules from the
 * catalogue, ethics self-assessment and the officer's admissibility screening. Publishes {@link
 * org.regia.applications.ApplicationSubmitted}.
 */
package org.regia.applications;

/**
 * Grants and finance. So far: grants created from funding decisions (consortium shares, GrantAwarded for impact and
 * open data) and the finance core — yearly credits per budget line, commitments and de-commitments per
 * grant, budget line and year, payments requested, approved and posted exactly once, the invariants of the ledger,
 * the events that feed management control, and the liquidated/committed figures per budget line and year; reports
 * (scientific part and cost claims, checks, resubmissions, reminders, overdue list), payments requested from the
 * agreement's schedule when due, and recoveries of undue amounts (debit notes and repayments).
 */
package org.regia.grants;

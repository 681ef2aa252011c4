/**
 * Impact: ex-post surveys of beneficiaries (scheduled from {@code GrantAwarded} at the project's end + 1 and + 3 years)
 * and of rejected applicants (a comparison group, from {@code FundingDecided} with no funding), with invitations,
 * reminders, closing and versioned, checked answers; outcome indicators rolled up by programme, domain, beneficiary
 * type and year with response rates; additionality estimates (stated, difference-in-differences, regression
 * discontinuity at the funding line) that refuse thin data; anonymised micro-data with small-cell suppression.
 */
package org.regia.impact;

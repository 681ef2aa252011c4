/**
 * Catalogue: funding programmes (instrument kind, innovation phase, track, TRL range, eligible beneficiaries,
 * strategic innovation domains, funding rules), their calls (deadline or permanent window, stages, budget,
 * equal-opportunities test, draft → published → open → closed → archived) and the public "innovation journey"
 * finder. Public API for other modules: {@link org.regia.catalogue.CatalogueService} (is a call open at an
 * instant, a programme's eligibility rules) and {@link org.regia.catalogue.ApplicationCounts} (a hook the
 * applications module implements to feed the per-call counts).
 */
package org.regia.catalogue;

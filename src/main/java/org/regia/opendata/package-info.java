/**
 * Open data and interoperability: importers of external funders' portfolios (360Giving JSON packages, CORDIS-style
 * CSV, the City of Brussels subsidies file) run as cancellable background jobs with line-numbered error reports;
 * the 360Giving export (validated against the official schema before it is offered), the public open-data page, its
 * DCAT-AP catalogue and the rate-limited public API. Owns the tables {@code opendata_*}.
 *
 * <p>Other modules publish their own grants by implementing {@link org.regia.opendata.OpenGrantSource}.
 */
package org.regia.opendata;

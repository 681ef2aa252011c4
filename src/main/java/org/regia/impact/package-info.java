/**
 * Impact: ex-post surveys, outcome indicators and additionality. So far: the additionality estimators (stated input
 * additionality, regression discontinuity at the funding line, difference-in-differences) with robust standard
 * errors, which refuse when the data are too thin, and a generator of synthetic calls with a known effect.
 */
package org.regia.impact;

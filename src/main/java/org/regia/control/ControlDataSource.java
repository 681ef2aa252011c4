package org.regia.control;

import java.math.BigDecimal;

/**
 * A named query over platform data that a KPI can be bound to (e.g. "organisations.count"). Beans implementing this
 * interface form the registry; a KPI bound to one gets a new dated observation at each refresh. A failing query
 * throws; the failure is recorded on the KPI and shown, and no observation is added.
 */
public interface ControlDataSource {

    /** Unique name, e.g. "organisations.count". */
    String name();

    /** What is measured, for the officer choosing a source (English). */
    String description();

    BigDecimal measure();
}

package org.regia.control;

/** The innovation plan's three indicator types (GIP 2021-2027, L3128-3132), plus the policy letters' plain KPI. */
public enum IndicatorType {
    KPI, IMPLEMENTATION_MILESTONE, OUTPUT, RESULT
}

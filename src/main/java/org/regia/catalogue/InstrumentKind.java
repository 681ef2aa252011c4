package org.regia.catalogue;

/** The form the support takes. */
public enum InstrumentKind {
    GRANT, VOUCHER, PRIZE, PREMIUM, LOAN, GUARANTEE, STRUCTURAL_FUNDING
}

package org.regia.catalogue;

/** Track on the innovation journey. */
public enum Track {
    COMPANY, ACADEMIA, PUBLIC_NON_PROFIT
}

package org.regia.catalogue;

/** A call with an opening and closing instant, or a permanent open window. */
public enum CallMode {
    DEADLINE, PERMANENT
}

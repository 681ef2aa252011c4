package org.regia.catalogue;

/** Phase on the innovation journey. */
public enum InnovationPhase {
    IDEATION, VALIDATION, DEVELOPMENT
}

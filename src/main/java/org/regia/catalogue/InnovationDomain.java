package org.regia.catalogue;

/** The six strategic innovation domains of the regional innovation plan 2021-2027 (extract 001 §3.2). */
public enum InnovationDomain {
    /** Transversal domain. */
    DIGITAL,
    CLIMATE_BUILDINGS,
    RESOURCES,
    URBAN_FLOWS,
    HEALTH,
    SOCIAL_INNOVATION
}

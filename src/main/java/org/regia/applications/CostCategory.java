package org.regia.applications;

/** Direct cost categories of a budget; overheads are a flat rate on top (see {@link Partner#getOverheadRate()}). */
public enum CostCategory {
    PERSONNEL, SUBCONTRACTING, EQUIPMENT, OTHER_DIRECT
}

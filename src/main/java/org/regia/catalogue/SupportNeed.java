package org.regia.catalogue;

/** What an applicant needs, as asked by the finder; each programme says which needs it serves. */
public enum SupportNeed {
    PROJECT_FUNDING, LAB_SERVICE, FEASIBILITY, PATENT, START_COMPANY, COLLABORATION, RESEARCHER, SEED_CAPITAL,
    SCIENCE_AWARENESS
}

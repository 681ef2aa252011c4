package org.regia.stateaid;

/** The category of a piece of work, which sets its aid intensity. */
public enum WorkType {
    FUNDAMENTAL_RESEARCH,
    INDUSTRIAL_RESEARCH,
    EXPERIMENTAL_DEVELOPMENT,
    FEASIBILITY_STUDY,
    /** Innovation aid for SMEs (GBER art. 28). */
    INNOVATION,
    /** Non-economic activities of research organisations (outside state-aid rules). */
    NON_ECONOMIC
}

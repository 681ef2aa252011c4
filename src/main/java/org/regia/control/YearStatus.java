package org.regia.control;

/** Status of an operational objective in a realisation block ("Réalisations N"), values seen in the letters. */
public enum YearStatus {
    NOT_STARTED, ON_SCHEDULE, IN_PROGRESS, SMALL_DEVIATION, REALISED, POSTPONED
}

package org.regia.impact;

/** Scheduled (opens later), open for answers (invitation and reminders sent), closed (answers refused). */
public enum SurveyState { SCHEDULED, OPEN, CLOSED }

package org.regia.impact;

/**
 * Who is surveyed: a beneficiary of a grant, or a rejected applicant of the same calls (the comparison group, with a
 * shorter questionnaire on the same outcomes).
 */
public enum SurveyKind { BENEFICIARY, COMPARISON }

package org.regia.control;

/** Planning documents of the management-control cycle. */
public enum DocumentKind {
    ORIENTATION_NOTE, POLICY_LETTER, INNOVATION_PLAN
}

package org.regia.evaluation;

/** Declared gender of an expert, used only to compose gender-mixed panels. */
public enum Gender {
    FEMALE, MALE, OTHER
}

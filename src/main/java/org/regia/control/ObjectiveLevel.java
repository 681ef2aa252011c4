package org.regia.control;

/** Levels of the objective tree under a body. */
public enum ObjectiveLevel {
    STRATEGIC, OPERATIONAL, ACTION;

    public ObjectiveLevel parentLevel() {
        return switch (this) {
            case STRATEGIC -> null;
            case OPERATIONAL -> STRATEGIC;
            case ACTION -> OPERATIONAL;
        };
    }
}

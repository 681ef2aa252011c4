package org.regia.control;

/** The colour of a KPI, an objective or a band, from best to worst. */
public enum Colour {
    GREEN, ORANGE, RED;

    /** The worse of two colours (red is worse than orange, orange than green). */
    public Colour worse(Colour other) {
        return other == null ? this : (other.ordinal() > ordinal() ? other : this);
    }

    public String cssClass() {
        return "colour-" + name().toLowerCase();
    }

    /** Reads "green"/"vert"/"groen", "orange"/"oranje", "red"/"rouge"/"rood" (case-insensitive). */
    public static Colour parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toLowerCase()) {
            case "green", "vert", "groen" -> GREEN;
            case "orange", "oranje" -> ORANGE;
            case "red", "rouge", "rood" -> RED;
            default -> null;
        };
    }
}

package org.regia.control.web;

import org.regia.control.Colour;

/** Manual colour with its compulsory reason. */
public class OverrideForm {

    private Colour colour;
    private String reason;
    private long version;

    public Colour getColour() {
        return colour;
    }

    public void setColour(Colour colour) {
        this.colour = colour;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

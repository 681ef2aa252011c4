package org.regia.control.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Entry of a dated observation. */
public class ObservationForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate observedOn;
    private String value;
    private String level;
    private String source;
    private String comment;

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public void setObservedOn(LocalDate observedOn) {
        this.observedOn = observedOn;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}

package org.regia.control.web;

import org.regia.control.Colour;
import org.regia.control.YearStatus;

/** Realisation block of year N and planning block. */
public class YearForm {

    private int year;
    private YearStatus status;
    private String realisedFr;
    private String realisedNl;
    private Colour colourReached;
    private String plannedFr;
    private String plannedNl;
    private String plannedDeadline;

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public YearStatus getStatus() {
        return status;
    }

    public void setStatus(YearStatus status) {
        this.status = status;
    }

    public String getRealisedFr() {
        return realisedFr;
    }

    public void setRealisedFr(String realisedFr) {
        this.realisedFr = realisedFr;
    }

    public String getRealisedNl() {
        return realisedNl;
    }

    public void setRealisedNl(String realisedNl) {
        this.realisedNl = realisedNl;
    }

    public Colour getColourReached() {
        return colourReached;
    }

    public void setColourReached(Colour colourReached) {
        this.colourReached = colourReached;
    }

    public String getPlannedFr() {
        return plannedFr;
    }

    public void setPlannedFr(String plannedFr) {
        this.plannedFr = plannedFr;
    }

    public String getPlannedNl() {
        return plannedNl;
    }

    public void setPlannedNl(String plannedNl) {
        this.plannedNl = plannedNl;
    }

    public String getPlannedDeadline() {
        return plannedDeadline;
    }

    public void setPlannedDeadline(String plannedDeadline) {
        this.plannedDeadline = plannedDeadline;
    }
}

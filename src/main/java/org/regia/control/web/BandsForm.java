package org.regia.control.web;

import org.regia.control.BandKind;
import org.regia.control.EdgePolicy;

/** Editing of a KPI's bands: kind, edge policy, French text, Dutch text if it differs. */
public class BandsForm {

    private BandKind bandKind;
    private EdgePolicy edgePolicy;
    private String bands;
    private String bandsNl;
    private boolean acceptIssues;
    private long version;

    public BandKind getBandKind() {
        return bandKind;
    }

    public void setBandKind(BandKind bandKind) {
        this.bandKind = bandKind;
    }

    public EdgePolicy getEdgePolicy() {
        return edgePolicy;
    }

    public void setEdgePolicy(EdgePolicy edgePolicy) {
        this.edgePolicy = edgePolicy;
    }

    public String getBands() {
        return bands;
    }

    public void setBands(String bands) {
        this.bands = bands;
    }

    public String getBandsNl() {
        return bandsNl;
    }

    public void setBandsNl(String bandsNl) {
        this.bandsNl = bandsNl;
    }

    public boolean isAcceptIssues() {
        return acceptIssues;
    }

    public void setAcceptIssues(boolean acceptIssues) {
        this.acceptIssues = acceptIssues;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

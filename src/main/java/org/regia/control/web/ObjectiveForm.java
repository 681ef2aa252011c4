package org.regia.control.web;

import java.util.ArrayList;
import java.util.List;
import org.regia.control.RoadmapRole;

/**
 * Edit form of an objective: texts, deadline, resources (FTE as typed, IT needs, budget lines) and roadmap rows.
 * Dates and numbers are kept as typed so that a wrong one is reported next to its field with the value.
 */
public class ObjectiveForm {
    private long version;
    private String titleFr;
    private String titleNl;
    private String descriptionFr;
    private String descriptionNl;
    private String deadline;
    private String fte;
    private String itNeedsFr;
    private String itNeedsNl;
    private List<BudgetRow> budgetLines = new ArrayList<>();
    private List<ParticipantRow> participants = new ArrayList<>();
    private List<ActivityRow> activities = new ArrayList<>();
    private List<MilestoneRow> milestones = new ArrayList<>();

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public void setTitleFr(String titleFr) {
        this.titleFr = titleFr;
    }

    public String getTitleNl() {
        return titleNl;
    }

    public void setTitleNl(String titleNl) {
        this.titleNl = titleNl;
    }

    public String getDescriptionFr() {
        return descriptionFr;
    }

    public void setDescriptionFr(String descriptionFr) {
        this.descriptionFr = descriptionFr;
    }

    public String getDescriptionNl() {
        return descriptionNl;
    }

    public void setDescriptionNl(String descriptionNl) {
        this.descriptionNl = descriptionNl;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public String getFte() {
        return fte;
    }

    public void setFte(String fte) {
        this.fte = fte;
    }

    public String getItNeedsFr() {
        return itNeedsFr;
    }

    public void setItNeedsFr(String itNeedsFr) {
        this.itNeedsFr = itNeedsFr;
    }

    public String getItNeedsNl() {
        return itNeedsNl;
    }

    public void setItNeedsNl(String itNeedsNl) {
        this.itNeedsNl = itNeedsNl;
    }

    public List<BudgetRow> getBudgetLines() {
        return budgetLines;
    }

    public void setBudgetLines(List<BudgetRow> budgetLines) {
        this.budgetLines = budgetLines;
    }

    public List<ParticipantRow> getParticipants() {
        return participants;
    }

    public void setParticipants(List<ParticipantRow> participants) {
        this.participants = participants;
    }

    public List<ActivityRow> getActivities() {
        return activities;
    }

    public void setActivities(List<ActivityRow> activities) {
        this.activities = activities;
    }

    public List<MilestoneRow> getMilestones() {
        return milestones;
    }

    public void setMilestones(List<MilestoneRow> milestones) {
        this.milestones = milestones;
    }

    public static class BudgetRow {
        private String code;
        private String note;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    public static class ParticipantRow {
        private String organisation;
        private RoadmapRole role;

        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }

        public RoadmapRole getRole() {
            return role;
        }

        public void setRole(RoadmapRole role) {
            this.role = role;
        }
    }

    public static class ActivityRow {
        private String descriptionFr;
        private String descriptionNl;

        public String getDescriptionFr() {
            return descriptionFr;
        }

        public void setDescriptionFr(String descriptionFr) {
            this.descriptionFr = descriptionFr;
        }

        public String getDescriptionNl() {
            return descriptionNl;
        }

        public void setDescriptionNl(String descriptionNl) {
            this.descriptionNl = descriptionNl;
        }
    }

    public static class MilestoneRow {
        private String labelFr;
        private String labelNl;
        private String dueOn;
        private String reachedOn;

        public String getLabelFr() {
            return labelFr;
        }

        public void setLabelFr(String labelFr) {
            this.labelFr = labelFr;
        }

        public String getLabelNl() {
            return labelNl;
        }

        public void setLabelNl(String labelNl) {
            this.labelNl = labelNl;
        }

        public String getDueOn() {
            return dueOn;
        }

        public void setDueOn(String dueOn) {
            this.dueOn = dueOn;
        }

        public String getReachedOn() {
            return reachedOn;
        }

        public void setReachedOn(String reachedOn) {
            this.reachedOn = reachedOn;
        }
    }
}

package org.regia.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a control officer changes on an objective: texts, deadline, resources (FTE, IT needs, budget lines) and the
 * roadmap (participating organisations with roles, activities, milestones). Blank rows are ignored; the lead actor
 * and the partners are those of the roadmap (roles LEAD and PARTNER).
 */
public record ObjectiveEdit(long version, String titleFr, String titleNl, String descriptionFr, String descriptionNl,
                            String deadline, BigDecimal fte, String itNeedsFr, String itNeedsNl,
                            List<BudgetRow> budgetLines, List<ParticipantRow> participants,
                            List<ActivityRow> activities, List<MilestoneRow> milestones) {

    public ObjectiveEdit {
        budgetLines = budgetLines == null ? List.of() : budgetLines;
        participants = participants == null ? List.of() : participants;
        activities = activities == null ? List.of() : activities;
        milestones = milestones == null ? List.of() : milestones;
    }

    public record BudgetRow(String code, String note) {
        boolean blank() {
            return isBlank(code) && isBlank(note);
        }
    }

    public record ParticipantRow(String organisation, RoadmapRole role) {
        boolean blank() {
            return isBlank(organisation) && role == null;
        }
    }

    public record ActivityRow(String descriptionFr, String descriptionNl) {
        boolean blank() {
            return isBlank(descriptionFr) && isBlank(descriptionNl);
        }
    }

    public record MilestoneRow(String labelFr, String labelNl, LocalDate dueOn, LocalDate reachedOn) {
        boolean blank() {
            return isBlank(labelFr) && isBlank(labelNl) && dueOn == null && reachedOn == null;
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

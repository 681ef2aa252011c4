package org.regia.control.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import org.regia.control.ControlObjective;
import org.regia.control.ObjectiveEdit;
import org.regia.control.RoadmapRole;
import org.regia.control.StrictNumber;
import org.regia.control.Views;
import org.regia.shared.DomainException;

/** Between the objective edit form (values as typed) and the domain's {@link ObjectiveEdit}. */
final class ObjectiveForms {

    /** Empty rows offered after the existing ones. */
    static final int SPARE_ROWS = 2;
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private ObjectiveForms() {
    }

    static ObjectiveForm of(Views.ObjectiveDetail detail) {
        ControlObjective o = detail.node().objective();
        ObjectiveForm f = new ObjectiveForm();
        f.setVersion(o.getVersion());
        f.setTitleFr(o.getTitleFr());
        f.setTitleNl(o.getTitleNl());
        f.setDescriptionFr(o.getDescriptionFr());
        f.setDescriptionNl(o.getDescriptionNl());
        f.setDeadline(o.getDeadline());
        f.setFte(o.getFte() == null ? null : o.getFte().stripTrailingZeros().toPlainString());
        f.setItNeedsFr(o.getItNeedsFr());
        f.setItNeedsNl(o.getItNeedsNl());
        Views.Roadmap r = detail.roadmap();
        r.budgetLines().forEach(b -> {
            ObjectiveForm.BudgetRow row = new ObjectiveForm.BudgetRow();
            row.setCode(b.getCode());
            row.setNote(b.getNote());
            f.getBudgetLines().add(row);
        });
        if (r.participants().isEmpty()) {
            // first edit: offer the actors printed in the source (lead actor, partners) as rows
            if (o.getLeadActor() != null) {
                f.getParticipants().add(participant(o.getLeadActor(), RoadmapRole.LEAD));
            }
            if (o.getPartners() != null) {
                for (String p : o.getPartners().split("[,;]")) {
                    if (!p.isBlank() && (o.getLeadActor() == null || !p.trim().equalsIgnoreCase(o.getLeadActor()))) {
                        f.getParticipants().add(participant(p.trim(), RoadmapRole.PARTNER));
                    }
                }
            }
        } else {
            r.participants().forEach(p -> f.getParticipants().add(participant(p.getOrganisation(), p.getRole())));
        }
        r.activities().forEach(a -> {
            ObjectiveForm.ActivityRow row = new ObjectiveForm.ActivityRow();
            row.setDescriptionFr(a.getDescriptionFr());
            row.setDescriptionNl(a.getDescriptionNl());
            f.getActivities().add(row);
        });
        r.milestones().forEach(m -> {
            ObjectiveForm.MilestoneRow row = new ObjectiveForm.MilestoneRow();
            row.setLabelFr(m.getLabelFr());
            row.setLabelNl(m.getLabelNl());
            row.setDueOn(m.getDueOn().toString());
            row.setReachedOn(m.getReachedOn() == null ? null : m.getReachedOn().toString());
            f.getMilestones().add(row);
        });
        pad(f);
        return f;
    }

    private static ObjectiveForm.ParticipantRow participant(String organisation, RoadmapRole role) {
        ObjectiveForm.ParticipantRow row = new ObjectiveForm.ParticipantRow();
        row.setOrganisation(organisation);
        row.setRole(role);
        return row;
    }

    /** Adds the spare empty rows to every list. */
    static void pad(ObjectiveForm f) {
        for (int i = 0; i < SPARE_ROWS; i++) {
            f.getBudgetLines().add(new ObjectiveForm.BudgetRow());
            f.getParticipants().add(new ObjectiveForm.ParticipantRow());
            f.getActivities().add(new ObjectiveForm.ActivityRow());
            f.getMilestones().add(new ObjectiveForm.MilestoneRow());
        }
    }

    static ObjectiveEdit toEdit(ObjectiveForm f) {
        List<ObjectiveEdit.MilestoneRow> milestones = new ArrayList<>();
        for (int i = 0; i < f.getMilestones().size(); i++) {
            ObjectiveForm.MilestoneRow m = f.getMilestones().get(i);
            milestones.add(new ObjectiveEdit.MilestoneRow(m.getLabelFr(), m.getLabelNl(),
                    date("milestones[" + i + "].dueOn", m.getDueOn()), date("milestones[" + i + "].reachedOn", m.getReachedOn())));
        }
        return new ObjectiveEdit(f.getVersion(), f.getTitleFr(), f.getTitleNl(), f.getDescriptionFr(), f.getDescriptionNl(),
                f.getDeadline(), f.getFte() == null || f.getFte().isBlank() ? null : StrictNumber.parse("fte", f.getFte()),
                f.getItNeedsFr(), f.getItNeedsNl(),
                f.getBudgetLines().stream().map(b -> new ObjectiveEdit.BudgetRow(b.getCode(), b.getNote())).toList(),
                f.getParticipants().stream().map(p -> new ObjectiveEdit.ParticipantRow(p.getOrganisation(), p.getRole())).toList(),
                f.getActivities().stream().map(a -> new ObjectiveEdit.ActivityRow(a.getDescriptionFr(), a.getDescriptionNl())).toList(),
                milestones);
    }

    /** A date as typed: ISO (the date picker) or d/m/yyyy; an impossible date is refused with the value. */
    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        try {
            return t.contains("/") ? LocalDate.parse(t, DMY) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw DomainException.onField(field, "control.date.invalid", t);
        }
    }
}

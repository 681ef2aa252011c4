package org.regia.control;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.regia.shared.DomainException;

/** A dated milestone of the roadmap of an objective; a milestone without a due date is refused. */
@Entity
@Table(name = "control_milestone")
@Audited
public class ControlMilestone {

    @Id
    private UUID id;
    @Column(name = "objective_id", nullable = false)
    private UUID objectiveId;
    @Column(nullable = false)
    private int position;
    @Column(name = "label_fr", nullable = false)
    private String labelFr;
    @Column(name = "label_nl", nullable = false)
    private String labelNl;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Column(name = "reached_on")
    private LocalDate reachedOn;
    @Version
    private long version;

    protected ControlMilestone() {
    }

    public ControlMilestone(UUID objectiveId, int position, String labelFr, String labelNl, LocalDate dueOn,
                            LocalDate reachedOn) {
        Texts.requireBoth("label", labelFr, labelNl);
        if (dueOn == null) {
            throw DomainException.onField("dueOn", "control.milestone.dateRequired", labelFr.trim());
        }
        if (dueOn.getYear() < 2000 || dueOn.getYear() > 2100) {
            throw DomainException.onField("dueOn", "control.milestone.dateRange", dueOn);
        }
        if (reachedOn != null && (reachedOn.getYear() < 2000 || reachedOn.getYear() > 2100)) {
            throw DomainException.onField("reachedOn", "control.milestone.dateRange", reachedOn);
        }
        this.id = UUID.randomUUID();
        this.objectiveId = objectiveId;
        this.position = position;
        this.labelFr = labelFr.trim();
        this.labelNl = labelNl.trim();
        this.dueOn = dueOn;
        this.reachedOn = reachedOn;
    }

    /** Reached / late (due date past, not reached) / open, as of {@code today}. */
    public String state(LocalDate today) {
        if (reachedOn != null) {
            return reachedOn.isAfter(dueOn) ? "REACHED_LATE" : "REACHED";
        }
        return today.isAfter(dueOn) ? "LATE" : "OPEN";
    }

    public UUID getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public String getLabelNl() {
        return labelNl;
    }

    public String label(Locale locale) {
        return Texts.in(locale, labelFr, labelNl);
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getReachedOn() {
        return reachedOn;
    }
}

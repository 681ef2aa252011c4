package org.regia.control;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A budget line funding an objective (many-to-many through the code: one line may fund several objectives). */
@Entity
@Table(name = "control_budget_allocation")
@Audited
public class ControlBudgetAllocation {

    @Id
    private UUID id;
    @Column(name = "objective_id", nullable = false)
    private UUID objectiveId;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String code;
    private String note;
    @Version
    private long version;

    protected ControlBudgetAllocation() {
    }

    public ControlBudgetAllocation(UUID objectiveId, int position, BudgetLine line, String note) {
        this.id = UUID.randomUUID();
        this.objectiveId = objectiveId;
        this.position = position;
        this.code = line.code();
        this.note = Texts.blankToNull(note);
    }

    public UUID getId() {
        return id;
    }

    public UUID getObjectiveId() {
        return objectiveId;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public String getNote() {
        return note;
    }
}

package org.regia.control;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One line of a snapshot: an objective's rolled-up colour (no KPI) or a KPI's colour and last value at the date. */
@Entity
@Table(name = "control_snapshot_entry")
public class ControlSnapshotEntry {

    @Id
    private UUID id;
    @Column(name = "snapshot_id", nullable = false)
    private UUID snapshotId;
    @Column(name = "objective_id", nullable = false)
    private UUID objectiveId;
    @Column(name = "kpi_id")
    private UUID kpiId;
    @Enumerated(EnumType.STRING)
    private Colour colour;
    private BigDecimal value;
    private String level;
    @Column(name = "observed_on")
    private LocalDate observedOn;

    protected ControlSnapshotEntry() {
    }

    ControlSnapshotEntry(UUID snapshotId, UUID objectiveId, UUID kpiId, Colour colour, BigDecimal value, String level,
                         LocalDate observedOn) {
        this.id = UUID.randomUUID();
        this.snapshotId = snapshotId;
        this.objectiveId = objectiveId;
        this.kpiId = kpiId;
        this.colour = colour;
        this.value = value;
        this.level = level;
        this.observedOn = observedOn;
    }

    public UUID getSnapshotId() {
        return snapshotId;
    }

    public UUID getObjectiveId() {
        return objectiveId;
    }

    public UUID getKpiId() {
        return kpiId;
    }

    public Colour getColour() {
        return colour;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getLevel() {
        return level;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }
}

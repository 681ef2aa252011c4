package org.regia.control;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The colours of one body's tree as at the end of a quarter (taken by the schedule or by an officer). */
@Entity
@Table(name = "control_snapshot")
public class ControlSnapshot {

    public enum Trigger { SCHEDULED, MANUAL }

    @Id
    private UUID id;
    @Column(name = "body_id", nullable = false)
    private UUID bodyId;
    @Column(nullable = false)
    private int year;
    @Column(nullable = false)
    private int quarter;
    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;
    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;
    @Column(name = "taken_by", nullable = false)
    private String takenBy;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Trigger trigger;
    @Enumerated(EnumType.STRING)
    private Colour colour;

    protected ControlSnapshot() {
    }

    ControlSnapshot(UUID bodyId, Quarter q, Instant takenAt, String takenBy, Trigger trigger, Colour colour) {
        this.id = UUID.randomUUID();
        this.bodyId = bodyId;
        this.year = q.year();
        this.quarter = q.quarter();
        this.periodEnd = q.end();
        this.takenAt = takenAt;
        this.takenBy = takenBy;
        this.trigger = trigger;
        this.colour = colour;
    }

    public UUID getId() {
        return id;
    }

    public UUID getBodyId() {
        return bodyId;
    }

    public Quarter quarter() {
        return new Quarter(year, quarter);
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public String getTakenBy() {
        return takenBy;
    }

    public Trigger getTrigger() {
        return trigger;
    }

    public Colour getColour() {
        return colour;
    }
}

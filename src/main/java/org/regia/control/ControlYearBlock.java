package org.regia.control;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * The yearly cycle of an objective for year N: the realisation block (status, realised output, colour reached) and
 * the planning block (planned output and deadline) — as in "Réalisations 2021" / "Planning 2022".
 */
@Entity
@Table(name = "control_year_block")
@Audited
public class ControlYearBlock {

    @Id
    private UUID id;
    @Column(name = "objective_id", nullable = false)
    private UUID objectiveId;
    @Column(nullable = false)
    private int year;
    @Enumerated(EnumType.STRING)
    private YearStatus status;
    @Column(name = "realised_output_fr")
    private String realisedOutputFr;
    @Column(name = "realised_output_nl")
    private String realisedOutputNl;
    @Enumerated(EnumType.STRING)
    @Column(name = "colour_reached")
    private Colour colourReached;
    @Column(name = "planned_output_fr")
    private String plannedOutputFr;
    @Column(name = "planned_output_nl")
    private String plannedOutputNl;
    @Column(name = "planned_deadline")
    private String plannedDeadline;
    @Column(name = "deadline_flagged", nullable = false)
    private boolean deadlineFlagged;
    @Version
    private long version;

    protected ControlYearBlock() {
    }

    public ControlYearBlock(UUID objectiveId, int year) {
        this.id = UUID.randomUUID();
        this.objectiveId = objectiveId;
        this.year = year;
    }

    public void realise(YearStatus status, String realisedFr, String realisedNl, Colour colourReached) {
        this.status = status;
        this.realisedOutputFr = Texts.blankToNull(realisedFr);
        this.realisedOutputNl = Texts.blankToNull(realisedNl);
        this.colourReached = colourReached;
    }

    public void plan(String outputFr, String outputNl, String deadline) {
        Deadline.parse("plannedDeadline", deadline);
        this.plannedOutputFr = Texts.blankToNull(outputFr);
        this.plannedOutputNl = Texts.blankToNull(outputNl);
        this.plannedDeadline = Texts.blankToNull(deadline);
        this.deadlineFlagged = false;
    }

    public PlanningBlock planning() {
        return new PlanningBlock(year, plannedOutputFr, plannedOutputNl, Deadline.parse("plannedDeadline", plannedDeadline));
    }

    /** The planning of N+1 drafted from this year's plan; a deadline already past (or before N+1) is flagged. */
    public ControlYearBlock copyForward(LocalDate today) {
        PlanningBlock.CopyResult copy = planning().copyForward(today);
        ControlYearBlock next = new ControlYearBlock(objectiveId, year + 1);
        next.plannedOutputFr = plannedOutputFr;
        next.plannedOutputNl = plannedOutputNl;
        next.plannedDeadline = plannedDeadline;
        next.deadlineFlagged = copy.deadlineFlagged();
        return next;
    }

    public UUID getId() {
        return id;
    }

    public UUID getObjectiveId() {
        return objectiveId;
    }

    public int getYear() {
        return year;
    }

    public YearStatus getStatus() {
        return status;
    }

    public String getRealisedOutputFr() {
        return realisedOutputFr;
    }

    public String getRealisedOutputNl() {
        return realisedOutputNl;
    }

    public Colour getColourReached() {
        return colourReached;
    }

    public String getPlannedOutputFr() {
        return plannedOutputFr;
    }

    public String getPlannedOutputNl() {
        return plannedOutputNl;
    }

    public String getPlannedDeadline() {
        return plannedDeadline;
    }

    public boolean isDeadlineFlagged() {
        return deadlineFlagged;
    }

    public long getVersion() {
        return version;
    }
}

package org.regia.control;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.regia.shared.DomainException;

/** A dated value of a KPI ("1,344 of 3,279 dossiers controlled at 3/6/2021"): value or level, source, author, comment. */
@Entity
@Table(name = "control_observation")
@Audited
public class ControlObservation {

    @Id
    private UUID id;
    @Column(name = "kpi_id", nullable = false)
    private UUID kpiId;
    @Column(name = "observed_on", nullable = false)
    private LocalDate observedOn;
    private BigDecimal value;
    private String level;
    private String source;
    @Column(nullable = false)
    private String author;
    private String comment;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ControlObservation() {
    }

    public ControlObservation(ControlKpi kpi, LocalDate observedOn, BigDecimal value, String level, String source,
                              String author, String comment, Instant recordedAt) {
        if (observedOn == null) {
            throw DomainException.onField("observedOn", "control.observation.dateRequired");
        }
        if (observedOn.isAfter(LocalDate.ofInstant(recordedAt, org.regia.shared.ClockConfiguration.BRUSSELS))) {
            throw DomainException.onField("observedOn", "control.observation.future", observedOn);
        }
        String lvl = Texts.blankToNull(level);
        if (kpi.getBandKind().isRange() || (kpi.getBandKind() == BandKind.TREND && lvl == null)) {
            if (value == null) {
                throw DomainException.onField("value", "control.observation.valueRequired");
            }
            lvl = null;
        } else {
            if (lvl == null) {
                throw DomainException.onField("level", "control.observation.levelRequired");
            }
            String upper = lvl.toUpperCase();
            lvl = upper;
            BandSet set = kpi.bandSet();
            boolean known = kpi.getBandKind().requiredLevels().contains(upper)
                    || set.bands().stream().anyMatch(b -> upper.equals(b.level()))
                    || (set.isEmpty() && kpi.getBandKind().requiredLevels().isEmpty());
            if (!known) {
                throw DomainException.onField("level", "control.observation.unknownLevel", level);
            }
        }
        this.id = UUID.randomUUID();
        this.kpiId = kpi.getId();
        this.observedOn = observedOn;
        this.value = value;
        this.level = lvl;
        this.source = Texts.blankToNull(source);
        this.author = author;
        this.comment = Texts.blankToNull(comment);
        this.recordedAt = recordedAt;
    }

    public ColourRule.Point point() {
        return new ColourRule.Point(observedOn, value, level);
    }

    public UUID getId() {
        return id;
    }

    public UUID getKpiId() {
        return kpiId;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getLevel() {
        return level;
    }

    public String getSource() {
        return source;
    }

    public String getAuthor() {
        return author;
    }

    public String getComment() {
        return comment;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}

package org.regia.evaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ListIndexBase;
import org.regia.shared.LocalizedText;

/** A stored version of a criteria set; versions are never changed (a call pins one). */
@Entity
@Table(name = "evaluation_criteria_set")
public class StoredCriteriaSet {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String reference;
    @Column(nullable = false)
    private int version;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_criterion", joinColumns = @JoinColumn(name = "criteria_set_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<Row> criteria = new ArrayList<>();

    protected StoredCriteriaSet() {
    }

    StoredCriteriaSet(CriteriaSet set, Instant now) {
        this.id = UUID.randomUUID();
        this.reference = set.reference();
        this.version = set.version();
        this.createdAt = now;
        for (Criterion c : set.criteria()) {
            criteria.add(new Row(c));
        }
    }

    public CriteriaSet toDomain() {
        return new CriteriaSet(reference, version, criteria.stream().map(Row::toDomain).toList());
    }

    public UUID getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public int getVersion() {
        return version;
    }

    /** One criterion row. */
    @Embeddable
    public static class Row {
        @Column(nullable = false)
        private String code;
        @Column(name = "name_fr", nullable = false)
        private String nameFr;
        @Column(name = "name_nl", nullable = false)
        private String nameNl;
        @Column(name = "name_en")
        private String nameEn;
        @Column(nullable = false, precision = 7, scale = 2)
        private BigDecimal weight;
        @Column(name = "scale_min", nullable = false)
        private int scaleMin;
        @Column(name = "scale_max", nullable = false)
        private int scaleMax;
        private Integer threshold;

        protected Row() {
        }

        Row(Criterion c) {
            this.code = c.code();
            this.nameFr = c.name().fr();
            this.nameNl = c.name().nl();
            this.nameEn = c.name().en();
            this.weight = c.weight();
            this.scaleMin = c.scaleMin();
            this.scaleMax = c.scaleMax();
            this.threshold = c.threshold();
        }

        Criterion toDomain() {
            return new Criterion(code, new LocalizedText(nameFr, nameNl, nameEn), weight, scaleMin, scaleMax, threshold);
        }
    }
}

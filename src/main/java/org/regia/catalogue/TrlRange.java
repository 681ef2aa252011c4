package org.regia.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.regia.shared.DomainException;

/** Technology readiness levels a programme supports (1-9, min ≤ max), or not applicable (science promotion). */
@Embeddable
public class TrlRange {

    @Column(name = "trl_min")
    private Integer min;
    @Column(name = "trl_max")
    private Integer max;

    protected TrlRange() {
    }

    private TrlRange(Integer min, Integer max) {
        this.min = min;
        this.max = max;
    }

    public static TrlRange notApplicable() {
        return new TrlRange(null, null);
    }

    public static TrlRange of(int min, int max) {
        if (min < 1 || min > 9) {
            throw DomainException.onField("trlMin", "catalogue.trl.outOfRange", min);
        }
        if (max < 1 || max > 9) {
            throw DomainException.onField("trlMax", "catalogue.trl.outOfRange", max);
        }
        if (min > max) {
            throw DomainException.onField("trlMax", "catalogue.trl.minAboveMax", min, max);
        }
        return new TrlRange(min, max);
    }

    /** From optional form input: both empty = not applicable; one empty = error. */
    public static TrlRange of(Integer min, Integer max) {
        if (min == null && max == null) {
            return notApplicable();
        }
        if (min == null) {
            throw DomainException.onField("trlMin", "catalogue.trl.bothRequired");
        }
        if (max == null) {
            throw DomainException.onField("trlMax", "catalogue.trl.bothRequired");
        }
        return of(min.intValue(), max.intValue());
    }

    public boolean isApplicable() {
        return min != null;
    }

    public boolean contains(int trl) {
        return !isApplicable() || (trl >= min && trl <= max);
    }

    public Integer min() {
        return min;
    }

    public Integer max() {
        return max;
    }

    @Override
    public String toString() {
        return isApplicable() ? "TRL " + min + "-" + max : "TRL n/a";
    }
}

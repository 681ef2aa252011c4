package org.regia.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.regia.shared.DomainException;

/** A call's evaluation settings: k reviews per application, the pinned criteria set version, thresholds. */
@Entity
@Table(name = "evaluation_call")
@Audited
public class CallEvaluation {

    public static final int DEFAULT_K = 3;
    public static final BigDecimal DEFAULT_SPREAD = new BigDecimal("1.00");

    @Id
    @Column(name = "call_id")
    private UUID callId;
    @Column(name = "reviews_per_application", nullable = false)
    private int reviewsPerApplication;
    @Column(name = "criteria_set_id", nullable = false)
    private UUID criteriaSetId;
    @Column(name = "disagreement_spread", nullable = false, precision = 4, scale = 2)
    private BigDecimal disagreementSpread;
    @Column(name = "co_application_years", nullable = false)
    private int coApplicationYears;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected CallEvaluation() {
    }

    CallEvaluation(UUID callId, UUID criteriaSetId, Instant now) {
        this.callId = callId;
        this.criteriaSetId = criteriaSetId;
        this.reviewsPerApplication = DEFAULT_K;
        this.disagreementSpread = DEFAULT_SPREAD;
        this.coApplicationYears = ConflictOfInterestPolicy.DEFAULT.coApplicationYears();
        this.updatedAt = now;
    }

    void configure(Integer k, UUID criteriaSetId, BigDecimal spread, Integer years, Instant now) {
        if (k == null || k < 1 || k > 10) {
            throw DomainException.onField("reviewsPerApplication", "evaluation.settings.k", 1, 10);
        }
        if (spread == null || spread.signum() <= 0 || spread.compareTo(new BigDecimal("99")) > 0) {
            throw DomainException.onField("disagreementSpread", "evaluation.settings.spread");
        }
        if (years == null || years < 0 || years > 20) {
            throw DomainException.onField("coApplicationYears", "evaluation.settings.years", 0, 20);
        }
        this.reviewsPerApplication = k;
        this.criteriaSetId = criteriaSetId;
        this.disagreementSpread = spread;
        this.coApplicationYears = years;
        this.updatedAt = now;
    }

    public ConflictOfInterestPolicy policy() {
        return new ConflictOfInterestPolicy(coApplicationYears);
    }

    public UUID getCallId() {
        return callId;
    }

    public int getReviewsPerApplication() {
        return reviewsPerApplication;
    }

    public UUID getCriteriaSetId() {
        return criteriaSetId;
    }

    public BigDecimal getDisagreementSpread() {
        return disagreementSpread;
    }

    public int getCoApplicationYears() {
        return coApplicationYears;
    }

    public long getVersion() {
        return version;
    }
}

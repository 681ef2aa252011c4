package org.regia.evaluation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * One expert's stored scores for one application (the persistent form of a {@link Scorecard}, whose rules it uses):
 * a score and a justification per criterion of the pinned criteria set; locked once submitted.
 */
@Entity
@Table(name = "evaluation_scorecard")
@Audited
public class ScoreSheet {

    @Id
    private UUID id;
    @Column(name = "application_id", nullable = false)
    private UUID applicationId;
    @Column(name = "expert_id", nullable = false)
    private UUID expertId;
    @Column(name = "criteria_set_id", nullable = false)
    private UUID criteriaSetId;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<Entry> scores = new ArrayList<>();
    @Version
    private long version;

    protected ScoreSheet() {
    }

    ScoreSheet(UUID applicationId, UUID expertId, UUID criteriaSetId, Instant now) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.expertId = expertId;
        this.criteriaSetId = criteriaSetId;
        this.updatedAt = now;
    }

    /** The domain scorecard with the stored scores (validated again by its rules). */
    public Scorecard toScorecard(CriteriaSet criteria) {
        Scorecard card = new Scorecard(expertId, applicationId, criteria);
        for (Entry e : scores) {
            card.score(e.criterionCode, e.score, e.justification);
        }
        if (submittedAt != null) {
            card.submit();
        }
        return card;
    }

    /**
     * Stores a checked scorecard's scores; submits when it is submitted. The caller has already applied the new
     * scores to {@code card} (so every rule of {@link Scorecard} held).
     */
    void store(Scorecard card, Instant now) {
        for (Map.Entry<String, Scorecard.Score> s : card.scores().entrySet()) {
            Optional<Entry> existing = scores.stream().filter(e -> e.criterionCode.equals(s.getKey())).findFirst();
            if (existing.isPresent()) {
                existing.get().score = s.getValue().value();
                existing.get().justification = s.getValue().justification();
            } else {
                scores.add(new Entry(this, s.getKey(), s.getValue().value(), s.getValue().justification()));
            }
        }
        if (card.isSubmitted() && submittedAt == null) {
            submittedAt = now;
        }
        updatedAt = now;
    }

    public Optional<Entry> entry(String code) {
        return scores.stream().filter(e -> e.criterionCode.equals(code)).findFirst();
    }

    public UUID getId() {
        return id;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public UUID getExpertId() {
        return expertId;
    }

    public UUID getCriteriaSetId() {
        return criteriaSetId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public List<Entry> getScores() {
        return scores;
    }

    public long getVersion() {
        return version;
    }

    /** One criterion's score and justification. */
    @Entity
    @Table(name = "evaluation_score")
    @Audited
    public static class Entry {
        @Id
        private UUID id;
        @ManyToOne(fetch = FetchType.LAZY, optional = false)
        @JoinColumn(name = "scorecard_id")
        private ScoreSheet sheet;
        @Column(name = "criterion_code", nullable = false)
        private String criterionCode;
        @Column(nullable = false)
        private int score;
        @Column(nullable = false)
        private String justification;

        protected Entry() {
        }

        Entry(ScoreSheet sheet, String criterionCode, int score, String justification) {
            this.id = UUID.randomUUID();
            this.sheet = sheet;
            this.criterionCode = criterionCode;
            this.score = score;
            this.justification = justification;
        }

        public String getCriterionCode() {
            return criterionCode;
        }

        public int getScore() {
            return score;
        }

        public String getJustification() {
            return justification;
        }
    }
}

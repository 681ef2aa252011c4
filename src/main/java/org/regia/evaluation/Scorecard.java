package org.regia.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.regia.shared.DomainException;

/**
 * One expert's scores for one application on a criteria set: a score within the criterion's scale and a written
 * justification per criterion. Once submitted the scorecard is locked.
 */
public final class Scorecard {

    private final UUID expert;
    private final UUID application;
    private final CriteriaSet criteria;
    private final Map<String, Score> scores = new LinkedHashMap<>();
    private boolean submitted;

    public Scorecard(UUID expert, UUID application, CriteriaSet criteria) {
        this.expert = expert;
        this.application = application;
        this.criteria = criteria;
    }

    public void score(String criterionCode, int value, String justification) {
        if (submitted) {
            throw new DomainException("evaluation.score.locked");
        }
        Criterion c = criteria.criterion(criterionCode)
                .orElseThrow(() -> DomainException.onField(criterionCode, "evaluation.score.unknownCriterion", criterionCode));
        if (value < c.scaleMin() || value > c.scaleMax()) {
            throw DomainException.onField(criterionCode, "evaluation.score.outOfScale", value, c.scaleMin(), c.scaleMax());
        }
        if (justification == null || justification.isBlank()) {
            throw DomainException.onField(criterionCode, "evaluation.score.justificationRequired");
        }
        scores.put(criterionCode, new Score(value, justification.trim()));
    }

    /** Locks the scorecard; every criterion must have been scored. */
    public void submit() {
        for (Criterion c : criteria.criteria()) {
            if (!scores.containsKey(c.code())) {
                throw DomainException.onField(c.code(), "evaluation.score.missing", c.code());
            }
        }
        submitted = true;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public UUID expert() {
        return expert;
    }

    public UUID application() {
        return application;
    }

    public CriteriaSet criteria() {
        return criteria;
    }

    public Map<String, Score> scores() {
        return Collections.unmodifiableMap(scores);
    }

    public record Score(int value, String justification) {
    }
}

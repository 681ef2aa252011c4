package org.regia.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hipparchus.stat.descriptive.DescriptiveStatistics;
import org.regia.shared.DomainException;

/**
 * Consolidated evaluation of one application: per criterion the mean and spread (sample standard deviation) of the
 * submitted scores, a disagreement flag when the spread exceeds the threshold, the weighted total on a 0-100 scale,
 * and — once the lead adviser records it — the consensus score that replaces the mean.
 */
public final class Consolidation {

    private final UUID application;
    private final CriteriaSet criteria;
    private final Map<String, CriterionResult> perCriterion = new LinkedHashMap<>();
    private final Map<String, Integer> consensus = new LinkedHashMap<>();

    public Consolidation(UUID application, CriteriaSet criteria, List<Scorecard> scorecards, double disagreementSpread) {
        this.application = application;
        this.criteria = criteria;
        List<Scorecard> submitted = scorecards.stream()
                .filter(s -> s.isSubmitted() && s.application().equals(application) && s.criteria().equals(criteria)).toList();
        if (submitted.isEmpty()) {
            throw new DomainException("evaluation.consolidation.noScores");
        }
        for (Criterion c : criteria.criteria()) {
            DescriptiveStatistics stats = new DescriptiveStatistics();
            submitted.forEach(s -> stats.addValue(s.scores().get(c.code()).value()));
            double spread = stats.getN() > 1 ? stats.getStandardDeviation() : 0;
            perCriterion.put(c.code(), new CriterionResult(c, stats.getMean(), spread, (int) stats.getN(),
                    spread > disagreementSpread));
        }
    }

    /** The lead adviser's consensus score for a criterion (replaces the experts' mean in the total). */
    public void recordConsensus(String criterionCode, int value) {
        Criterion c = criteria.criterion(criterionCode)
                .orElseThrow(() -> DomainException.onField(criterionCode, "evaluation.score.unknownCriterion", criterionCode));
        if (value < c.scaleMin() || value > c.scaleMax()) {
            throw DomainException.onField(criterionCode, "evaluation.score.outOfScale", value, c.scaleMin(), c.scaleMax());
        }
        consensus.put(criterionCode, value);
    }

    /**
     * Weighted total on 0-100: each criterion's score normalised to its scale, weighted, summed, divided by the
     * total weight.
     */
    public BigDecimal weightedTotal() {
        double sum = 0;
        for (CriterionResult r : perCriterion.values()) {
            Criterion c = r.criterion();
            double normalised = (score(c) - c.scaleMin()) / (double) (c.scaleMax() - c.scaleMin());
            sum += normalised * c.weight().doubleValue();
        }
        return BigDecimal.valueOf(100 * sum / criteria.totalWeight().doubleValue()).setScale(2, RoundingMode.HALF_UP);
    }

    /** Criteria whose score (consensus, else mean) is below their minimum threshold. */
    public List<String> thresholdsMissed() {
        List<String> missed = new ArrayList<>();
        for (CriterionResult r : perCriterion.values()) {
            Integer t = r.criterion().threshold();
            if (t != null && score(r.criterion()) < t) {
                missed.add(r.criterion().code());
            }
        }
        return missed;
    }

    public boolean disagreement() {
        return perCriterion.values().stream().anyMatch(r -> r.disagreement() && !consensus.containsKey(r.criterion().code()));
    }

    private double score(Criterion c) {
        Integer agreed = consensus.get(c.code());
        return agreed != null ? agreed : perCriterion.get(c.code()).mean();
    }

    public UUID application() {
        return application;
    }

    public Map<String, CriterionResult> perCriterion() {
        return Map.copyOf(perCriterion);
    }

    /** The criteria's results in the order of the criteria set. */
    public List<CriterionResult> results() {
        return List.copyOf(perCriterion.values());
    }

    /** The consensus score recorded for a criterion, if any. */
    public Integer consensus(String criterionCode) {
        return consensus.get(criterionCode);
    }

    public record CriterionResult(Criterion criterion, double mean, double spread, int experts, boolean disagreement) {
    }
}

package org.regia.evaluation;

import java.math.BigDecimal;
import org.regia.shared.DomainException;
import org.regia.shared.LocalizedText;

/**
 * One evaluation criterion of a call: weight, scale and an optional minimum threshold (an application scoring below
 * it on this criterion cannot be funded, whatever its total).
 */
public record Criterion(String code, LocalizedText name, BigDecimal weight, int scaleMin, int scaleMax, Integer threshold) {

    public Criterion {
        if (code == null || code.isBlank()) {
            throw DomainException.onField("code", "evaluation.criterion.codeRequired");
        }
        if (weight == null || weight.signum() <= 0) {
            throw DomainException.onField("weight", "evaluation.criterion.weightPositive", code);
        }
        if (scaleMin >= scaleMax) {
            throw DomainException.onField("scaleMax", "evaluation.criterion.scale", code, scaleMin, scaleMax);
        }
        if (threshold != null && (threshold < scaleMin || threshold > scaleMax)) {
            throw DomainException.onField("threshold", "evaluation.criterion.threshold", code, threshold, scaleMin, scaleMax);
        }
    }
}

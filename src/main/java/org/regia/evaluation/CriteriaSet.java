package org.regia.evaluation;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.regia.shared.DomainException;

/** The versioned list of criteria a call is evaluated on. A new version never changes scores given on an older one. */
public record CriteriaSet(String reference, int version, List<Criterion> criteria) {

    public CriteriaSet {
        if (criteria == null || criteria.isEmpty()) {
            throw DomainException.onField("criteria", "evaluation.criteria.empty");
        }
        criteria = List.copyOf(criteria);
        Set<String> codes = new HashSet<>();
        for (Criterion c : criteria) {
            if (!codes.add(c.code())) {
                throw DomainException.onField("criteria", "evaluation.criteria.duplicate", c.code());
            }
        }
    }

    public Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public BigDecimal totalWeight() {
        return criteria.stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public CriteriaSet nextVersion(List<Criterion> changed) {
        return new CriteriaSet(reference, version + 1, changed);
    }
}

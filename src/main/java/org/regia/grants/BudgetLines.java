package org.regia.grants;

import org.regia.catalogue.BudgetLineCode;
import org.regia.shared.DomainException;

/** The region's budget lines ("allocations de base"), one validated format: {@code 12.021.38.09.3132}. */
final class BudgetLines {

    private BudgetLines() {
    }

    static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw DomainException.onField("budgetLine", "grants.budgetLine.required");
        }
        try {
            return BudgetLineCode.normalise(raw);
        } catch (DomainException e) {
            throw DomainException.onField("budgetLine", "grants.budgetLine.invalid", raw.trim(), "12.021.38.09.3132");
        }
    }
}

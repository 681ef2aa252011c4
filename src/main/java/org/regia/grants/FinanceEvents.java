package org.regia.grants;

import java.math.BigDecimal;
import java.util.UUID;

/** Published when the finance ledger changes, so that management control can feed KPIs (liquidated vs committed). */
public final class FinanceEvents {

    private FinanceEvents() {
    }

    /** A commitment (positive) or de-commitment (negative amount) was recorded. */
    public record CommitmentRecorded(UUID grantId, String budgetLine, int year, BigDecimal amount) {
    }

    /** A payment was posted (paid out). */
    public record PaymentPosted(UUID paymentId, UUID grantId, String budgetLine, int year, BigDecimal amount) {
    }
}

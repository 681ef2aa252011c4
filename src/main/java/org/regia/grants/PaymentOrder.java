package org.regia.grants;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One posted payment as the accounting system needs it (a payment order). */
public record PaymentOrder(UUID paymentId, String agreementNumber, String beneficiary, String beneficiaryOrgId,
                           String budgetLine, int year, BigDecimal amount, String purpose, Instant postedAt) {
}

package org.regia.applications;

import org.springframework.stereotype.Component;

/**
 * Receipt numbers from the sequence {@code app_receipt_seq}, which advances by {@link #BLOCK}: one {@code nextval}
 * reserves the block that ends at the value it returns (as Hibernate's pooled optimizer does), so 49 of 50
 * submissions need no statement for their number. Unique across restarts and instances; not gapless (a receipt is an
 * acknowledgement, not an invoice).
 */
@Component
class ReceiptNumbers {

    /** Must equal the sequence's INCREMENT BY (migration V26). */
    static final int BLOCK = 50;

    private final SubmissionRepository submissions;
    private long next = 1;
    private long last = 0;

    ReceiptNumbers(SubmissionRepository submissions) {
        this.submissions = submissions;
    }

    synchronized long next() {
        if (next > last) {
            long end = submissions.nextReceipt();
            next = Math.max(1, end - BLOCK + 1); // the sequence's very first value (1) is a block of its own
            last = end;
        }
        return next++;
    }
}

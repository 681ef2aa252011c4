package org.regia.grants;

import java.util.List;

/**
 * Port to the region's accounting system. Today payment orders leave as files (CSV, XLSX) that the accounting
 * service imports; a direct integration (and e-invoicing via Mercurius) can implement the same port later.
 */
public interface AccountingPort {

    /** The file formats this adapter can produce, e.g. {@code csv}, {@code xlsx}. */
    List<String> formats();

    /** The payment orders in the given format. */
    byte[] export(List<PaymentOrder> orders, String format);
}

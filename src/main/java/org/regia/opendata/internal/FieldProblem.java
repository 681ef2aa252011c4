package org.regia.opendata.internal;

/** A value that cannot be read; the parser turns it into a {@link RowError} with the row, field and value. */
public class FieldProblem extends RuntimeException {

    private final String reasonKey;
    private final String detail;

    public FieldProblem(String reasonKey, String detail) {
        super(reasonKey + " " + detail);
        this.reasonKey = reasonKey;
        this.detail = detail;
    }

    public String reasonKey() {
        return reasonKey;
    }

    public String detail() {
        return detail;
    }
}

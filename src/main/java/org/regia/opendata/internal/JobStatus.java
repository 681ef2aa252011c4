package org.regia.opendata.internal;

public enum JobStatus {
    QUEUED, VALIDATING, WRITING, SUCCEEDED, FAILED, CANCELLED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}

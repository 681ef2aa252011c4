package org.regia.opendata.internal;

import java.time.Instant;
import java.util.UUID;

/** An import job as shown on screen and in the API. */
public record JobView(UUID id, ImportFormat format, ImportMode mode, String fileName, long fileSize, JobStatus status,
                      int rowsTotal, int rowsChecked, int rowsWritten, int rowsRejected, int errorCount,
                      boolean cancelRequested, String outcomeKey, String datasetKey, String createdBy,
                      Instant createdAt, Instant startedAt, Instant finishedAt) {

    /** Validation is the first half of the bar, writing the second. */
    public int percent() {
        if (status.finished()) {
            return 100;
        }
        if (rowsTotal == 0) {
            return 0;
        }
        if (status == JobStatus.WRITING) {
            int toWrite = Math.max(1, rowsTotal - rowsRejected);
            return Math.min(99, 50 + (int) (50L * rowsWritten / toWrite));
        }
        return (int) (50L * rowsChecked / rowsTotal);
    }

    public int rowsDone() {
        return status == JobStatus.WRITING || status.finished() ? rowsWritten : rowsChecked;
    }

    public boolean running() {
        return !status.finished();
    }
}

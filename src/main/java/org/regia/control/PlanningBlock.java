package org.regia.control;

import java.time.LocalDate;

/**
 * The planning of an operational objective for one year (output, KPI text, deadline) as a value, and the rule of
 * "copy forward": the plan of year N becomes the draft plan of N+1; a deadline already past on the day of the copy is
 * flagged so the officer sets a new one (the letters carry 2021 deadlines in 2022 plans).
 */
public record PlanningBlock(int year, String outputFr, String outputNl, Deadline deadline) {

    public CopyResult copyForward(LocalDate today) {
        PlanningBlock next = new PlanningBlock(year + 1, outputFr, outputNl, deadline);
        boolean past = deadline != null && deadline.isPastAt(today);
        boolean beforeYear = deadline != null && deadline.lastDay() != null && deadline.lastDay().getYear() < year + 1;
        return new CopyResult(next, past || beforeYear);
    }

    /** The copied block and whether its deadline must be reviewed (already past, or before the new year). */
    public record CopyResult(PlanningBlock block, boolean deadlineFlagged) {
    }
}

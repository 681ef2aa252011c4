package org.regia.control;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes the quarterly snapshots: every night (regia.control.snapshot-cron, default 02:30 Brussels time) the last
 * ended quarter is snapshotted for every body that has no snapshot of it yet; the date comes from the injected Clock.
 */
@Component
class SnapshotScheduler {

    private final ControlDashboards dashboards;

    SnapshotScheduler(ControlDashboards dashboards) {
        this.dashboards = dashboards;
    }

    @Scheduled(cron = "${regia.control.snapshot-cron:0 30 2 * * *}", zone = "Europe/Brussels")
    void takeDue() {
        dashboards.takeDueSnapshots();
    }
}

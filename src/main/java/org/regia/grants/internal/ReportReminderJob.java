package org.regia.grants.internal;

import org.regia.grants.ReportService;
import org.regia.identity.CurrentUser;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning: reminders of grant reports before and after their due dates (see {@link ReportService#remind()}). */
@Component
class ReportReminderJob {

    private final ReportService reports;

    ReportReminderJob(ReportService reports) {
        this.reports = reports;
    }

    @Scheduled(cron = "${regia.grants.report-reminders-cron:0 40 6 * * *}", zone = "Europe/Brussels")
    void daily() {
        CurrentUser.asSystem(reports::remind);
    }
}

package org.regia.control;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Refreshes the KPIs bound to data sources periodically (regia.control.refresh-interval, default one hour). */
@Component
class DataSourceRefresher {

    private final ControlService control;

    DataSourceRefresher(ControlService control) {
        this.control = control;
    }

    @Scheduled(fixedDelayString = "${regia.control.refresh-interval:PT1H}", initialDelayString = "${regia.control.refresh-initial-delay:PT2M}")
    void refresh() {
        control.refreshDataSources();
    }
}

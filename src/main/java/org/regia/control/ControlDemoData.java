package org.regia.control;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: imports the real content (Innoviris letter 2022, Economy letter 2022, innovation plan 2021-2027)
 * once, then refreshes the KPIs bound to data sources.
 */
@Component
@Profile("demo")
@Order(70)
class ControlDemoData implements ApplicationRunner {

    static final List<String> FILES = List.of("control/innoviris-2022.csv", "control/economy-2022.csv", "control/gip-2021-2027.csv");

    private final ControlImporter importer;
    private final ControlService control;
    private final DocumentRepository documents;

    ControlDemoData(ControlImporter importer, ControlService control, DocumentRepository documents) {
        this.importer = importer;
        this.control = control;
        this.documents = documents;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (documents.count() > 0) {
            return;
        }
        for (String f : FILES) {
            importer.importResource(new ClassPathResource(f));
        }
        control.refreshDataSources();
    }
}

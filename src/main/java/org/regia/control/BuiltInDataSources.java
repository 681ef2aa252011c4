package org.regia.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.regia.organisations.OrganisationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registry's built-in data sources (more can be added as beans of {@link ControlDataSource}). */
@Configuration
class BuiltInDataSources {

    @Bean
    ControlDataSource organisationsCount(OrganisationService organisations) {
        return simple("organisations.count", "Number of organisations registered on the platform",
                () -> BigDecimal.valueOf(organisations.count()));
    }

    /** Share (%) of the actions of the innovation plan whose status is "realised". */
    @Bean
    ControlDataSource planRealisedShare(ObjectiveRepository objectives, DocumentRepository documents, BodyRepository bodies) {
        return simple("control.plan.realised-share", "Share (%) of the innovation plan's actions with status REALISED",
                () -> {
                    var plan = documents.findAll().stream().filter(d -> d.getKind() == DocumentKind.INNOVATION_PLAN).findFirst()
                            .orElseThrow(() -> new IllegalStateException("no innovation plan loaded"));
                    var actions = objectives.findByBodyIdInOrderByPosition(bodies.findByDocumentIdOrderByPosition(plan.getId())
                            .stream().map(ControlBody::getId).toList()).stream()
                            .filter(o -> o.getLevel() == ObjectiveLevel.ACTION).toList();
                    if (actions.isEmpty()) {
                        throw new IllegalStateException("the innovation plan has no actions");
                    }
                    long realised = actions.stream().filter(o -> o.getStatus() == YearStatus.REALISED).count();
                    return BigDecimal.valueOf(realised * 100).divide(BigDecimal.valueOf(actions.size()), 2, RoundingMode.HALF_UP);
                });
    }

    static ControlDataSource simple(String name, String description, java.util.function.Supplier<BigDecimal> query) {
        return new ControlDataSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public BigDecimal measure() {
                return query.get();
            }
        };
    }
}

package org.regia.shared;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** An external database (SPRING_DATASOURCE_URL) switches the embedded server off. */
class EmbeddedPostgresConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedPostgresConfiguration.class);

    @Test
    void noEmbeddedServerWhenAnExternalUrlIsConfigured() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/regia")
                .run(ctx -> {
                    assertThat(ctx).doesNotHaveBean(EmbeddedPostgresConfiguration.EmbeddedPostgresLease.class);
                    assertThat(ctx).doesNotHaveBean(DataSource.class);
                });
    }

    @Test
    void theEmbeddedServerIsUsedWhenNoUrlIsConfigured() {
        runner.withPropertyValues("regia.embedded-db.data-dir=target/embedded-pg", "regia.embedded-db.clean=true")
                .run(ctx -> {
                    assertThat(ctx).hasSingleBean(EmbeddedPostgresConfiguration.EmbeddedPostgresLease.class);
                    try (var c = ctx.getBean(DataSource.class).getConnection()) {
                        assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
                        assertThat(c.getCatalog()).isEqualTo("regia");
                    }
                });
    }
}

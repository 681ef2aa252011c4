package org.regia.shared;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no external database is configured ({@code spring.datasource.url}, e.g. from
 * {@code SPRING_DATASOURCE_URL}, is empty). The server is started once per JVM and shared by every application
 * context (tests start many contexts but one server). Its data directory persists between runs unless
 * {@code regia.embedded-db.clean} is set, so a user's work survives a restart.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    private static final String DATABASE = "regia";
    private static EmbeddedPostgres server;
    private static int leases;

    /** Keeps the server running while an application context uses it; the last context to close stops it. */
    @Bean
    EmbeddedPostgresLease embeddedPostgres(@Value("${regia.embedded-db.data-dir:./data/pg}") String dataDir,
                                           @Value("${regia.embedded-db.port:0}") int port,
                                           @Value("${regia.embedded-db.clean:false}") boolean clean) {
        return new EmbeddedPostgresLease(start(Path.of(dataDir), port, clean));
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresLease lease,
                          @Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize) {
        EmbeddedPostgres pg = lease.server();
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(pg.getJdbcUrl("postgres", DATABASE));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(poolSize);
        ds.setPoolName("regia-embedded");
        return ds;
    }

    static synchronized EmbeddedPostgres start(Path dataDir, int port, boolean clean) {
        leases++;
        if (server != null) {
            return server;
        }
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.toAbsolutePath())
                    .setCleanDataDirectory(clean)
                    // stopped by the last application context that closes (see release), not by a JVM hook that
                    // would race with the context's own shutdown
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", clean ? "off" : "on");
            if (port > 0) {
                builder.setPort(port);
            }
            server = builder.start();
            createDatabaseIfMissing(server);
            log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), dataDir.toAbsolutePath());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dataDir.toAbsolutePath(), e);
        }
    }

    static synchronized void release() {
        leases--;
        if (leases == 0 && server != null) {
            try {
                server.close();
                log.info("Embedded PostgreSQL stopped");
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
            server = null;
        }
    }

    /** A context's use of the shared server. */
    public record EmbeddedPostgresLease(EmbeddedPostgres server) implements org.springframework.beans.factory.DisposableBean {
        @Override
        public void destroy() {
            release();
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres pg) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    st.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create database " + DATABASE, e);
        }
    }
}

package org.regia.support;

import java.util.EnumSet;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.regia.identity.AccountService;
import org.regia.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the integration tests: the whole application on the embedded PostgreSQL (one server and one Spring
 * context for the whole run), with every table emptied before each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class IntegrationTest {

    public static final String PASSWORD = "test-password-123";

    @Autowired
    protected DataSource dataSource;
    @Autowired
    protected AccountService accounts;

    @BeforeEach
    void emptyTables() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> tables = jdbc.queryForList(
                "select tablename from pg_tables where schemaname = 'public' and tablename <> 'flyway_schema_history'",
                String.class);
        if (!tables.isEmpty()) {
            String truncate = "truncate table " + String.join(", ", tables) + " cascade";
            // an asynchronous event listener of the previous test (e.g. evaluation registering a submitted
            // application) may still hold locks: PostgreSQL then picks the truncate as deadlock victim; try again
            for (int attempt = 1; ; attempt++) {
                try {
                    jdbc.execute(truncate);
                    break;
                } catch (org.springframework.dao.PessimisticLockingFailureException e) {
                    if (attempt == 10) {
                        throw e;
                    }
                    try {
                        Thread.sleep(200L * attempt);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw e;
                    }
                }
            }
        }
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    protected void createUser(String email, Role... roles) {
        accounts.createActive(email, email.substring(0, email.indexOf('@')), PASSWORD,
                roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles));
    }

    /** Runs the following service calls as this user (as the web layer would after login). */
    protected void actAs(String email) {
        UserDetails principal = accounts.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    protected JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }
}

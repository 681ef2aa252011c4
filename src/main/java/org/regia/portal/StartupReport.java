package org.regia.portal;

import org.regia.identity.DemoAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where Regia runs and, with demo data, how to log in as each role. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final Environment env;
    private final ObjectProvider<DemoAccounts> demoLogins;

    StartupReport(Environment env, ObjectProvider<DemoAccounts> demoLogins) {
        this.env = env;
        this.demoLogins = demoLogins;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : env.getProperty("server.port", Integer.class, 8080);
        StringBuilder sb = new StringBuilder("\n\n  Regia is running at http://localhost:" + port + "/\n");
        sb.append("  API documentation: http://localhost:").append(port).append("/api/docs\n");
        DemoAccounts logins = demoLogins.getIfAvailable();
        if (logins != null) {
            sb.append("  Local mailbox (demo): http://localhost:").append(port).append("/dev/mailbox\n");
            sb.append("  Demo logins (password for all: ").append(logins.password()).append("):\n");
            for (DemoAccounts.Login l : logins.logins()) {
                sb.append(String.format("    %-18s %s%n", l.role(), l.email()));
            }
        }
        log.info(sb.toString());
    }
}

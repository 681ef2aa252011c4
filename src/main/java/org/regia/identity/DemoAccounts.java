package org.regia.identity;

import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo profile only: one account per role, created on first start. The password comes from the demo profile. */
@Component
@Profile("demo")
@Order(10)
public class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    public static final List<Login> LOGINS = List.of(
            new Login(Role.APPLICANT, "applicant@regia.example", "Amélie Dubois"),
            new Login(Role.PROGRAMME_OFFICER, "officer@regia.example", "Pieter Janssens"),
            new Login(Role.FINANCE_OFFICER, "finance@regia.example", "Nadia El Amrani"),
            new Login(Role.EXPERT, "expert@regia.example", "Prof. Joris Van den Bossche"),
            new Login(Role.COMMITTEE, "committee@regia.example", "Isabelle Lambert"),
            new Login(Role.CONTROL_OFFICER, "control@regia.example", "Koen Peeters"),
            new Login(Role.ADMIN, "admin@regia.example", "Sophie Martin"));

    private final AccountService accounts;
    private final String password;

    DemoAccounts(AccountService accounts, @Value("${regia.demo.password}") String password) {
        this.accounts = accounts;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Login l : LOGINS) {
            if (accounts.byEmail(l.email()).isEmpty()) {
                accounts.createActive(l.email(), l.name(), password, EnumSet.of(l.role()));
                log.info("Demo account created: {} ({})", l.email(), l.role());
            }
        }
    }

    public String password() {
        return password;
    }

    public List<Login> logins() {
        return LOGINS;
    }

    public record Login(Role role, String email, String name) {
    }
}

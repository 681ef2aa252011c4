package org.regia.grants.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.regia.evaluation.FundingDecided;
import org.regia.grants.AgreementService;
import org.regia.grants.FinanceLedger;
import org.regia.grants.Grant;
import org.regia.grants.GrantService;
import org.regia.identity.AccountService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: three bilingual grants drafted from funding decisions on the demo organisations, a credit on
 * the budget line of the policy letter's example, their commitments, one agreement signed by the institute and the
 * cabinet, and an advance waiting for the financial officer's approval. Runs once (skipped when grants exist).
 */
@Component
@Profile("demo")
@Order(80)
class GrantsDemoData implements ApplicationRunner {

    static final String LINE = "12.021.38.09.3132";

    private final AgreementService agreements;
    private final GrantService grants;
    private final FinanceLedger ledger;
    private final AccountService accounts;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    GrantsDemoData(AgreementService agreements, GrantService grants, FinanceLedger ledger, AccountService accounts,
                   JdbcTemplate jdbc, Clock clock) {
        this.agreements = agreements;
        this.grants = grants;
        this.ledger = ledger;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.queryForObject("select count(*) from grants_grant", Long.class) > 0) {
            return;
        }
        List<UUID> orgs = jdbc.queryForList("select id from organisation order by legal_name limit 3", UUID.class);
        calls = jdbc.query("select id, programme_id from funding_call order by opens_at limit 3",
                (rs, i) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)});
        if (orgs.size() < 2 || calls.isEmpty()) {
            return;
        }
        try {
            as("finance@regia.example");
            int year = LocalDate.now(clock).getYear();
            for (int y = year; y <= year + 3; y++) {
                ledger.addCredit(LINE, y, new BigDecimal("2500000.00"));
            }
            Grant twin = create("Jumeau numérique du fret urbain / Digitale tweeling van het stedelijk goederenvervoer",
                    LocalDate.of(year, 4, 1), LocalDate.of(year + 2, 3, 31),
                    List.of(new FundingDecided.PartnerAward(orgs.get(0), true, new BigDecimal("420000.00")),
                            new FundingDecided.PartnerAward(orgs.get(1), false, new BigDecimal("180000.00"))));
            Grant water = create("Eaux pluviales et îlots de fraîcheur / Regenwater en koele eilanden",
                    LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 8, 31),
                    List.of(new FundingDecided.PartnerAward(orgs.get(1), true, new BigDecimal("150000.00"))));
            create("Diagnostic IA pour PME bruxelloises / AI-diagnose voor Brusselse kmo’s",
                    LocalDate.of(year + 1, 1, 1), LocalDate.of(year + 2, 12, 31),
                    List.of(new FundingDecided.PartnerAward(orgs.get(orgs.size() - 1), true, new BigDecimal("95000.00"))));
            agreements.commitAgreement(twin.getId(), LINE, null);
            agreements.commitAgreement(water.getId(), LINE, null);
            agreements.sign(twin.getId(), Grant.Signatory.INSTITUTE);
            as("admin@regia.example");
            agreements.sign(twin.getId(), Grant.Signatory.CABINET);
            as("finance@regia.example");
            ledger.requestPayment(twin.getId(), LINE, year, new BigDecimal("180000.00"), "Avance 30 % / Voorschot 30 %");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private List<UUID[]> calls = List.of();

    /** A grant as a final funding decision on one of the demo calls would create it (with its draft agreement). */
    private Grant create(String title, LocalDate start, LocalDate end, List<FundingDecided.PartnerAward> awards) {
        UUID[] call = calls.get(Math.abs(title.hashCode()) % calls.size());
        return grants.fromDecision(new FundingDecided(UUID.randomUUID(), UUID.randomUUID(), call[0], call[1],
                "DEMO-" + start, title, true, clock.instant(), start, end, awards));
    }

    private void as(String email) {
        UserDetails user = accounts.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}

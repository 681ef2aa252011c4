package org.regia.grants.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.regia.grants.FinanceDashboard;
import org.regia.grants.FinanceLedger;
import org.regia.identity.Role;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 6 benchmark: the finance dashboard over 100,000 grants and 1,000,000 ledger lines (target p95 < 150 ms).
 * The data are written with set-based SQL (the ledger's statement trigger keeps the running totals as in production);
 * then each dashboard query and the whole page are timed, and compared with aggregating the ledger directly.
 * Run with {@code mvn -Pbench verify -Dtest=FinanceDashboardBenchTest}; results in target/bench/finance-dashboard.txt.
 */
@Tag("bench")
class FinanceDashboardBenchTest extends IntegrationTest {

    static final int GRANTS = 100_000;
    static final int RUNS = 200;

    @Autowired
    FinanceDashboard dashboard;
    @Autowired
    MockMvc mvc;

    @Test
    void financeDashboardOverOneHundredThousandGrantsAndOneMillionLedgerLines() throws Exception {
        createUser("finance@example.org", Role.FINANCE_OFFICER);
        actAs("finance@example.org");
        List<String> report = new ArrayList<>();
        report.add("Finance dashboard benchmark: " + GRANTS + " grants, 1,000,000 ledger lines");
        report.add("machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + ", Java " + Runtime.version());

        long t0 = System.nanoTime();
        // 600 organisations of every type with valid enterprise numbers (mod 97), 12 programmes
        jdbc().update("""
                insert into organisation (id, legal_name, type, enterprise_number, postcode, created_at)
                select gen_random_uuid(), 'Organisation ' || i,
                       (array['COMPANY','UNIVERSITY','RESEARCH_CENTRE','NON_PROFIT','PUBLIC_BODY','SCHOOL'])[1 + i % 6],
                       (10000000 + i)::text || lpad((97 - (10000000 + i) % 97)::text, 2, '0'), '1000', now()
                from generate_series(1, 600) i""");
        jdbc().update("create temporary table bench_programme as select gen_random_uuid() as id, i from generate_series(0, 11) i");
        jdbc().update("""
                insert into grants_grant (id, reference, organisation_id, title, awarded, start_date, end_date, status, version, programme_id)
                select gen_random_uuid(), 'RG-B-' || g, o.id, 'Project ' || g, 100000 + (g % 50) * 10000,
                       make_date(2020 + g % 6, 1 + g % 12, 1), make_date(2022 + g % 6, 1 + g % 12, 1) - 1, 'OPEN', 0,
                       (select id from bench_programme where i = g % 12)
                from generate_series(1, ?) g
                join (select id, row_number() over (order by id) - 1 as n from organisation) o on o.n = g % 600
                """, GRANTS);
        jdbc().update("""
                insert into grants_ledger (id, kind, budget_line, fiscal_year, grant_id, amount, recorded_at, recorded_by)
                select gen_random_uuid(), 'CREDIT', '12.021.38.09.' || (3130 + l), y, null, 50000000, now(), 'bench'
                from generate_series(0, 4) l, generate_series(2020, 2027) y""");
        long grantsDone = System.nanoTime();
        // ten lines per grant: 4 commitments, 1 de-commitment, 5 payments, over two budget lines and two years
        jdbc().update("""
                insert into grants_ledger (id, kind, budget_line, fiscal_year, grant_id, amount, recorded_at, recorded_by)
                select gen_random_uuid(),
                       case when k < 4 then 'COMMITMENT' when k = 4 then 'DECOMMITMENT' else 'PAYMENT' end,
                       '12.021.38.09.' || (3130 + (n + k) % 5), extract(year from g.start_date)::int + k % 2, g.id,
                       case when k < 4 then 25000 when k = 4 then 1000 else 9000 end, now(), 'bench'
                from (select id, start_date, row_number() over (order by id) as n from grants_grant) g,
                     generate_series(0, 9) k""");
        long ledgerDone = System.nanoTime();
        Long lines = jdbc().queryForObject("select count(*) from grants_ledger", Long.class);
        report.add(String.format("data: %d grants in %d ms, %d ledger lines (1,000,000 for grants) in %d ms incl. the totals trigger",
                jdbc().queryForObject("select count(*) from grants_grant", Long.class), (grantsDone - t0) / 1_000_000,
                lines, (ledgerDone - grantsDone) / 1_000_000));
        jdbc().execute("analyze");

        // the running totals are exactly the ledger's aggregation
        var totals = dashboard.lines(null);
        BigDecimal committed = totals.stream().map(FinanceLedger.Figures::committed).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal direct = jdbc().queryForObject("""
                select coalesce(sum(amount) filter (where kind = 'COMMITMENT'), 0) - coalesce(sum(amount) filter (where kind = 'DECOMMITMENT'), 0)
                from grants_ledger""", BigDecimal.class);
        assertThat(committed).isEqualByComparingTo(direct);
        assertThat(committed).isEqualByComparingTo(BigDecimal.valueOf(GRANTS).multiply(BigDecimal.valueOf(99_000)));

        var as = user(accounts.loadUserByUsername("finance@example.org"));
        report.add(time("lines(all years)", () -> dashboard.lines(null)));
        report.add(time("lines(2024)", () -> dashboard.lines(2024)));
        report.add(time("byProgrammeAndType(2024)", () -> dashboard.byProgrammeAndType(2024, Locale.FRENCH)));
        report.add(time("byProgrammeAndType(all years)", () -> dashboard.byProgrammeAndType(null, Locale.FRENCH)));
        report.add(time("GET /grants/finance?year=2024 (whole page)", () -> mvc.perform(get("/grants/finance").param("year", "2024")
                .with(as).locale(Locale.FRENCH)).andExpect(status().isOk())));
        report.add(time("GET /grants/finance (whole page, all years)", () -> mvc.perform(get("/grants/finance")
                .with(as).locale(Locale.FRENCH)).andExpect(status().isOk())));
        long[] naive = new long[10];
        for (int i = 0; i < naive.length; i++) {
            long s = System.nanoTime();
            jdbc().queryForList("""
                    select budget_line, fiscal_year, sum(amount) filter (where kind = 'COMMITMENT'), sum(amount) filter (where kind = 'PAYMENT')
                    from grants_ledger group by 1, 2""");
            naive[i] = System.nanoTime() - s;
        }
        Arrays.sort(naive);
        report.add(String.format("for comparison, aggregating the ledger directly per line and year: median %.1f ms",
                naive[naive.length / 2] / 1e6));

        Path out = Path.of("target/bench/finance-dashboard.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private static String time(String what, Callable<?> call) throws Exception {
        for (int i = 0; i < 20; i++) {
            call.call();
        }
        long[] ns = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long s = System.nanoTime();
            call.call();
            ns[i] = System.nanoTime() - s;
        }
        Arrays.sort(ns);
        return String.format("%-45s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%d runs)", what, ns[RUNS / 2] / 1e6,
                ns[(int) (RUNS * 0.95)] / 1e6, ns[(int) (RUNS * 0.99)] / 1e6, RUNS);
    }
}

package org.regia.applications.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.regia.applications.Application;
import org.regia.applications.ApplicationService;
import org.regia.applications.BudgetService;
import org.regia.applications.CostCategory;
import org.regia.applications.Ethics;
import org.regia.applications.Partner;
import org.regia.catalogue.Call;
import org.regia.catalogue.CallDetails;
import org.regia.catalogue.CallMode;
import org.regia.catalogue.CallState;
import org.regia.catalogue.CatalogueService;
import org.regia.identity.Role;
import org.regia.organisations.Organisation;
import org.regia.organisations.OrganisationDetails;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.organisations.YearFigures;
import org.regia.shared.EnterpriseNumber;
import org.regia.shared.LocalizedText;
import org.regia.stateaid.WorkType;
import org.regia.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 4 item 8, the deadline rush, with Gatling ({@link DeadlineRushSimulation}, run in-process against the whole
 * application started on a random port over embedded PostgreSQL). Right before, the baseline {@code pgbench -N -c 16
 * -T 30} against the same PostgreSQL server (or, when pgbench cannot run, 16 JDBC connections of simple INSERT
 * transactions for 30 s — said so in the report). Then 200 complete dossiers are prepared (not timed) on a call that
 * closes in 30 minutes, with 1,000 more for five warm-up rounds of the same visit (a server does not meet a deadline
 * cold), and the rush: 200 applicants at once log in, open their dossier, upload a 100 KB PDF, fetch a static file
 * together (the calibration: what the HTTP stack and this client serve for a request that does almost nothing) and —
 * when all of them are there — submit together. Reported: submissions/s of the burst (acknowledged receipts / time
 * from the release to the last answer), the processor time of the burst split between this JVM and PostgreSQL
 * ({@link BurstMeter}, with an optional async-profiler flame graph), p50/p95/p99 of every request as the client
 * measured it, the calibration rate, the whole rush's wall clock, errors, load average. Then the database check: every acknowledged receipt exists
 * exactly once, its snapshot's SHA-256 equals the stored hash and the one in the receipt, and the snapshot lists the
 * SHA-256 of the uploaded file. Not a timed test: {@code mvn -Pbench test -Dtest=DeadlineRushBenchmark}; results in
 * target/bench/deadline-rush.txt, Gatling's HTML report under target/gatling.
 */
@Tag("bench")
class DeadlineRushBenchmark extends IntegrationTest {

    static final int APPLICANTS = Integer.getInteger("rush.applicants", 200);
    /** Warm-up rounds: each is the same visit by as many other dossiers, before the measured rush. */
    static final int WARM_UP_ROUNDS = Integer.getInteger("rush.warmUpRounds", 5);
    static final int WARM_UP = WARM_UP_ROUNDS * APPLICANTS;
    /** The warm-up dossiers belong to a few applicants (preparing 1,000 accounts would be 1,000 password hashes). */
    static final int WARM_UP_APPLICANTS = 20;
    static final int PGBENCH_SECONDS = Integer.getInteger("rush.pgbenchSeconds", 30);

    @LocalServerPort int port;
    @Autowired CatalogueService catalogue;
    @Autowired OrganisationService organisations;
    @Autowired ApplicationService applications;
    @Autowired BudgetService budgets;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void twoHundredApplicantsSubmitInTheLastMinute() throws Exception {
        List<String> report = new ArrayList<>();
        report.add("Deadline rush (Gatling " + io.gatling.javaapi.core.Simulation.class.getPackage().getImplementationVersion()
                + ", in-process): " + APPLICANTS + " applicants at once, each: login, open dossier, upload a 100 KB PDF; "
                + "then all submit together");
        report.add("machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average before "
                + String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + ", uptime: " + uptime()
                + ", Java " + Runtime.version());

        // ---- baseline right before, against the same PostgreSQL server ----
        report.addAll(baseline());

        // ---- preparation (not timed): an open call closing in 30 minutes, complete dossiers ----
        createUser("officer@bench.example", Role.PROGRAMME_OFFICER);
        actAs("officer@bench.example");
        catalogue.loadProgrammes2023IfEmpty();
        Call call = catalogue.createCall(catalogue.programmeByCode("rd-projects").getId(), new CallDetails(
                LocalizedText.of("Appel R&D — rush", "Oproep O&O — rush"), null, CallMode.DEADLINE,
                catalogue.now().minusSeconds(3600), catalogue.now().plusSeconds(1800), 1, new BigDecimal("20000"), null,
                "Critères", List.of()));
        catalogue.moveCall(call.getId(), CallState.PUBLISHED);
        catalogue.moveCall(call.getId(), CallState.OPEN);
        long prep0 = System.nanoTime();
        List<RushPlan.Applicant> warmUp = new ArrayList<>();
        List<RushPlan.Applicant> rush = new ArrayList<>();
        for (int i = 0; i < APPLICANTS; i++) {
            rush.add(prepared(call, "applicant" + i + "@rush.example", i));
        }
        for (int i = 0; i < WARM_UP; i++) {
            warmUp.add(prepared(call, "warm-up" + (i % WARM_UP_APPLICANTS) + "@rush.example", APPLICANTS + i));
        }
        report.add(String.format("preparation (not timed): %d dossiers in %.1f s", WARM_UP + APPLICANTS, (System.nanoTime() - prep0) / 1e9));

        // ---- warm-up, then the rush ----
        System.setProperty("gatling.data.enableAnalytics", "false");
        System.setProperty("gatling.data.console.light", "true");
        String base = "http://127.0.0.1:" + port;
        // a server meets a deadline after weeks of service, not cold: the same visit, round after round, until the
        // just-in-time compiler has compiled what the visit runs (rounds are reported, not counted)
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            RushPlan.prepare(base, PASSWORD, warmUp.subList(round * APPLICANTS, (round + 1) * APPLICANTS));
            long w0 = System.nanoTime();
            gatling("warm-up " + (round + 1));
            report.add(String.format("warm-up %d: %d other dossiers through the same visit, %d acknowledged, burst %.0f submissions/s, "
                            + "whole round %.1f s (not counted)", round + 1, APPLICANTS, RushPlan.receipts.size(),
                    RushPlan.receipts.size() / ((RushPlan.burstEnd.get() - RushPlan.burstStart.get()) / 1e9), (System.nanoTime() - w0) / 1e9));
        }
        BurstMeter meter = new BurstMeter();
        RushPlan.prepare(base, PASSWORD, rush);
        RushPlan.onBurstStart = meter::start;
        RushPlan.onBurstEnd = meter::end;
        double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long t0 = System.nanoTime();
        gatling("rush");
        double seconds = (System.nanoTime() - t0) / 1e9;
        double load1 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        Map<String, RushPlan.Receipt> ok = new java.util.HashMap<>(RushPlan.receipts);
        double burst = (RushPlan.burstEnd.get() - RushPlan.burstStart.get()) / 1e9;
        report.add(String.format("burst (released %s): %d of %d applicants ready at the rendezvous; %d acknowledged submissions in "
                        + "%.3f s from the release to the last answer -> %.1f submissions/s", RushPlan.burstReleasedAt,
                RushPlan.readyToClick.get(), APPLICANTS, ok.size(), burst, ok.size() / burst));
        report.add(String.format("submits sent by the client from %.0f ms to %.0f ms after the release",
                RushPlan.firstSubmitSent.get() / 1e6, RushPlan.lastSubmitSent.get() / 1e6));
        report.add(meter.report(ok.size()));
        report.add(String.format("whole rush (Gatling run incl. its start and report): %.1f s; errors: %d applicants without a receipt",
                seconds, APPLICANTS - ok.size()));
        report.add("per request, as the client measured it (sent / ok; response time ms p50 / p95 / p99 / max):");
        RushPlan.attempts.forEach((name, sent) -> {
            List<Long> ms = RushPlan.latencies.getOrDefault(name, new java.util.ArrayDeque<>()).stream().sorted().toList();
            report.add(String.format("  %-14s %4d / %-4d  p50 %6d  p95 %6d  p99 %6d  max %6d", name, sent.get(), ms.size(),
                    pct(ms, 50), pct(ms, 95), pct(ms, 99), pct(ms, 100)));
        });
        report.add(String.format("calibration (right before the click): the same %d sessions fetched a static file at once (7.5 KB, no database): %.0f requests/s",
                RushPlan.applicants.size(), RushPlan.applicants.size() / ((RushPlan.calibrationEnd.get() - RushPlan.calibrationStart.get()) / 1e9)));
        report.add(String.format("load average at start %.2f, at end %.2f", load0, load1));

        // ---- every acknowledged submission exists exactly once with a matching hash ----
        int verified = 0;
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, RushPlan.Receipt> e : ok.entrySet()) {
            RushPlan.Receipt v = e.getValue();
            List<Map<String, Object>> rows = jdbc().queryForList(
                    "select application_id, snapshot, snapshot_sha256 from application_submission where receipt_number = ?", v.receiptNumber());
            if (rows.size() != 1) {
                problems.add(v.receiptNumber() + ": " + rows.size() + " rows");
                continue;
            }
            Map<String, Object> r = rows.get(0);
            String snapshot = (String) r.get("snapshot");
            String stored = (String) r.get("snapshot_sha256");
            if (!r.get("application_id").toString().equals(e.getKey()) || !stored.equals(v.snapshotSha256())
                    || !stored.equals(sha256(snapshot.getBytes(StandardCharsets.UTF_8)))
                    || !snapshot.contains(sha256(RushPlan.file(e.getKey())))) {
                problems.add(v.receiptNumber() + ": hash or content mismatch");
                continue;
            }
            verified++;
        }
        Integer perApplication = jdbc().queryForObject(
                "select coalesce(max(n), 0) from (select count(*) n from application_submission group by application_id) x", Integer.class);
        Integer total = jdbc().queryForObject("select count(*) from application_submission s join application a on a.id = s.application_id "
                + "where a.call_id = ?", Integer.class, call.getId());
        report.add(String.format("database check: %d of %d acknowledged receipts found exactly once with matching SHA-256 "
                + "(snapshot and the uploaded file); %d submissions on the call (warm-up included: %d); at most %d per application; problems: %s",
                verified, ok.size(), total, WARM_UP, perApplication, problems.isEmpty() ? "none" : problems));

        Path out = Path.of("target/bench/deadline-rush.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);

        assertThat(problems).isEmpty();
        assertThat(verified).isEqualTo(ok.size());
        assertThat(perApplication).isLessThanOrEqualTo(1);
        assertThat(total).isLessThanOrEqualTo(ok.size() + WARM_UP);
    }

    /**
     * A complete dossier number i of the applicant (created with its company on first use), ready to submit once the
     * PDF is attached.
     */
    RushPlan.Applicant prepared(Call call, String email, int i) {
        UUID org = companies.computeIfAbsent(email, e -> {
            createUser(e, Role.APPLICANT);
            actAs(e);
            Organisation o = organisations.create(new OrganisationDetails("Rush " + i + " SRL", null, OrganisationType.COMPANY,
                    EnterpriseNumber.fromPrefix(String.format("07%06d", 100_000 + i)).formatted(), "Rue de la Loi " + (i + 1),
                    "1040", "Etterbeek", "BE", null, null));
            organisations.recordFigures(o.getId(), new YearFigures(2025, BigDecimal.valueOf(20), BigDecimal.valueOf(3_000_000), null));
            return o.getId();
        });
        actAs(email);
        Application a = applications.create(call.getId(), org, "Rush project " + i);
        a = applications.save(a.getId(), a.getVersion(), null, form(i), new Ethics(false, false, false, false, false));
        Partner p = a.coordinator();
        budgets.saveBudget(a.getId(), p.getId(), p.getVersion(), BigDecimal.TEN, List.of(new BudgetService.LineInput(2027,
                WorkType.EXPERIMENTAL_DEVELOPMENT, CostCategory.PERSONNEL, new BigDecimal(100_000 + i))));
        return new RushPlan.Applicant(email, a.getId());
    }

    final Map<String, UUID> companies = new java.util.HashMap<>();

    /** Runs the simulation in this JVM; Gatling's HTML report goes to target/gatling. */
    static void gatling(String description) {
        int code = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
                "--simulation", DeadlineRushSimulation.class.getName(),
                "--results-folder", Path.of("target/gatling").toAbsolutePath().toString(),
                "--run-description", description});
        RushPlan.quietLogging(); // Gatling leaves logback reset (root at DEBUG)
        if (code != 0) {
            throw new IllegalStateException("Gatling exited with " + code);
        }
    }

    static tools.jackson.databind.node.ObjectNode form(int i) {
        tools.jackson.databind.node.ObjectNode d = JsonMapper.builder().build().createObjectNode();
        d.put("acronym", "RUSH" + i);
        d.put("summary", "Prepared application number " + i + " for the deadline rush.");
        d.put("trl", 5);
        d.put("startDate", "2027-01-01");
        d.put("domain", "DIGITAL");
        d.put("regionalImpact", "Jobs in Brussels.");
        d.put("genderDimension", false);
        tools.jackson.databind.node.ObjectNode wp = d.putArray("workPackages").addObject();
        wp.put("title", "Prototype");
        wp.put("months", 12);
        return d;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int idx = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, idx)));
    }

    static String uptime() {
        try {
            Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor(5, TimeUnit.SECONDS);
            return s;
        } catch (Exception e) {
            return "n/a";
        }
    }

    /** pgbench -N -c 16 -T 30 on a scratch database of the same server; a JDBC INSERT baseline when it cannot run. */
    List<String> baseline() throws Exception {
        List<String> lines = new ArrayList<>();
        String url;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
        }
        Matcher m = Pattern.compile("//([^:/]+):(\\d+)/").matcher(url);
        m.find();
        String host = m.group(1);
        String port = m.group(2);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop database if exists pgbench_rush");
            s.execute("create database pgbench_rush");
        }
        try {
            run(List.of("pgbench", "-i", "-q", "-s", "1", "-h", host, "-p", port, "-U", "postgres", "pgbench_rush"));
            String out = run(List.of("pgbench", "-N", "-c", "16", "-j", "2", "-T", String.valueOf(PGBENCH_SECONDS),
                    "-h", host, "-p", port, "-U", "postgres", "pgbench_rush"));
            Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(out);
            if (!tps.find()) {
                throw new IllegalStateException("no tps in pgbench output: " + out);
            }
            double value = Double.parseDouble(tps.group(1));
            lines.add(String.format("baseline: pgbench -N -c 16 -j 2 -T %d (%s) against the same embedded PostgreSQL: %.1f tps -> target >= %.1f submissions/s (a quarter)",
                    PGBENCH_SECONDS, firstLine(run(List.of("pgbench", "--version"))), value, value / 4));
        } catch (Exception e) {
            double tps = jdbcInsertBaseline();
            lines.add(String.format("baseline: pgbench could not run here (%s); SUBSTITUTE for pgbench -N: 16 JDBC connections of "
                    + "single-row INSERT transactions for %d s against the same PostgreSQL: %.1f tps -> target >= %.1f submissions/s",
                    e.getMessage(), PGBENCH_SECONDS, tps, tps / 4));
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop database if exists pgbench_rush");
        }
        return lines;
    }

    static String firstLine(String s) {
        return s.lines().findFirst().orElse("").strip();
    }

    static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(PGBENCH_SECONDS + 120L, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroy();
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out.strip());
        }
        return out;
    }

    double jdbcInsertBaseline() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table if not exists rush_baseline (id bigserial primary key, a int, b int, note text, at timestamptz)");
        }
        AtomicLong count = new AtomicLong();
        long end = System.nanoTime() + PGBENCH_SECONDS * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        AtomicInteger failures = new AtomicInteger();
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            fs.add(pool.submit(() -> {
                try (Connection c = java.sql.DriverManager.getConnection(dataSourceUrl(), "postgres", "")) {
                    PreparedStatement ps = c.prepareStatement("insert into rush_baseline (a, b, note, at) values (?, ?, 'x', now())");
                    Random r = new Random();
                    while (System.nanoTime() < end) {
                        ps.setInt(1, r.nextInt(100_000));
                        ps.setInt(2, r.nextInt(100_000));
                        ps.executeUpdate();
                        count.incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table rush_baseline");
        }
        return count.get() / (double) PGBENCH_SECONDS;
    }

    String dataSourceUrl() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getURL();
        }
    }
}

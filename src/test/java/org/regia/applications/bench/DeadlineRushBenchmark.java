package org.regia.applications.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
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
 * Issue 4 item 8, the deadline rush: 200 applicants at once each log in (form login), open their prepared dossier,
 * upload a 100 KB PDF and submit (API, Idempotency-Key), against the whole application on embedded PostgreSQL.
 * Reports submissions/s, p50/p95/p99 latency of the submit request and of the whole visit, and errors; then checks in
 * the database that every acknowledged receipt exists exactly once with a snapshot whose SHA-256 matches, that lists
 * the hash of the uploaded file. The baseline is {@code pgbench -N -c 16 -T 30} against the same PostgreSQL server,
 * measured right before (or, when pgbench cannot run, 16 JDBC connections of simple INSERT transactions for 30 s —
 * said so in the report). Load generator: java.net.http.HttpClient threads (Gatling is not used). Not a timed test:
 * run with {@code mvn -Pbench verify -Dtest=DeadlineRushBenchmark}; results in target/bench/deadline-rush.txt.
 */
@Tag("bench")
class DeadlineRushBenchmark extends IntegrationTest {

    static final int APPLICANTS = Integer.getInteger("rush.applicants", 200);
    static final int PGBENCH_SECONDS = Integer.getInteger("rush.pgbenchSeconds", 30);
    static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    static final Pattern META_HEADER = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"");
    static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired CatalogueService catalogue;
    @Autowired OrganisationService organisations;
    @Autowired ApplicationService applications;
    @Autowired BudgetService budgets;

    final JsonMapper json = JsonMapper.builder().build();

    record Visit(String email, UUID applicationId, String receipt, String sha256, long submitMs, long visitMs, String error,
                 long loginMs, long dossierMs, long uploadMs) {
        Visit(String email, UUID applicationId, String receipt, String sha256, long submitMs, long visitMs, String error) {
            this(email, applicationId, receipt, sha256, submitMs, visitMs, error, 0, 0, 0);
        }
    }

    @Test
    void twoHundredApplicantsSubmitInTheLastMinute() throws Exception {
        List<String> report = new ArrayList<>();
        report.add("Deadline rush: " + APPLICANTS + " concurrent applicants, each: login, open dossier, upload a 100 KB PDF, submit");
        report.add("machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average before "
                + String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + ", uptime: " + uptime()
                + ", Java " + Runtime.version());

        // ---- baseline right before, against the same PostgreSQL server ----
        report.addAll(baseline());

        // ---- preparation (not timed): an open call closing in 30 minutes, 200 complete dossiers ----
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
        List<String> emails = new ArrayList<>();
        Map<String, UUID> dossiers = new ConcurrentHashMap<>();
        for (int i = 0; i < APPLICANTS; i++) {
            String email = "applicant" + i + "@rush.example";
            createUser(email, Role.APPLICANT);
            actAs(email);
            Organisation org = organisations.create(new OrganisationDetails("Rush " + i + " SRL", null, OrganisationType.COMPANY,
                    EnterpriseNumber.fromPrefix(String.format("07%06d", 100_000 + i)).formatted(), "Rue de la Loi " + (i + 1),
                    "1040", "Etterbeek", "BE", null, null));
            organisations.recordFigures(org.getId(), new YearFigures(2025, BigDecimal.valueOf(20), BigDecimal.valueOf(3_000_000), null));
            Application a = applications.create(call.getId(), org.getId(), "Rush project " + i);
            a = applications.save(a.getId(), a.getVersion(), null, form(i), new Ethics(false, false, false, false, false));
            Partner p = a.coordinator();
            budgets.saveBudget(a.getId(), p.getId(), p.getVersion(), BigDecimal.TEN, List.of(new BudgetService.LineInput(2027,
                    WorkType.EXPERIMENTAL_DEVELOPMENT, CostCategory.PERSONNEL, new BigDecimal(100_000 + i))));
            emails.add(email);
            dossiers.put(email, a.getId());
        }
        report.add(String.format("preparation (not timed in the rush): %d dossiers in %.1f s", APPLICANTS, (System.nanoTime() - prep0) / 1e9));

        // ---- the rush ----
        ExecutorService pool = Executors.newFixedThreadPool(APPLICANTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Visit>> futures = new ArrayList<>();
        for (String email : emails) {
            futures.add(pool.submit(() -> {
                start.await();
                return visit(email, dossiers.get(email));
            }));
        }
        double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long t0 = System.nanoTime();
        start.countDown();
        List<Visit> visits = new ArrayList<>();
        for (Future<Visit> f : futures) {
            visits.add(f.get(10, TimeUnit.MINUTES));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        double load1 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        List<Visit> ok = visits.stream().filter(v -> v.error() == null).toList();
        List<Long> submit = ok.stream().map(Visit::submitMs).sorted().toList();
        List<Long> whole = ok.stream().map(Visit::visitMs).sorted().toList();
        report.add(String.format("rush: %d acknowledged, %d errors in %.2f s wall clock -> %.1f submissions/s (whole visits incl. login and upload)",
                ok.size(), visits.size() - ok.size(), seconds, ok.size() / seconds));
        report.add(String.format("submit request latency ms: p50 %d, p95 %d, p99 %d, max %d",
                pct(submit, 50), pct(submit, 95), pct(submit, 99), pct(submit, 100)));
        report.add(String.format("whole visit latency ms (login + dossier + 100 KB upload + submit): p50 %d, p95 %d, p99 %d, max %d",
                pct(whole, 50), pct(whole, 95), pct(whole, 99), pct(whole, 100)));
        List<Long> login = ok.stream().map(Visit::loginMs).sorted().toList();
        List<Long> page = ok.stream().map(Visit::dossierMs).sorted().toList();
        List<Long> upload = ok.stream().map(Visit::uploadMs).sorted().toList();
        report.add(String.format("phases p50/p99 ms: login (GET + POST, bcrypt) %d/%d, dossier page %d/%d, 100 KB upload %d/%d",
                pct(login, 50), pct(login, 99), pct(page, 50), pct(page, 99), pct(upload, 50), pct(upload, 99)));
        report.add(String.format("load average at start %.2f, at end %.2f", load0, load1));
        visits.stream().filter(v -> v.error() != null).limit(5).forEach(v -> report.add("error: " + v.email() + " " + v.error()));

        // ---- every acknowledged submission exists exactly once with a matching hash ----
        int verified = 0;
        List<String> problems = new ArrayList<>();
        for (Visit v : ok) {
            List<Map<String, Object>> rows = jdbc().queryForList(
                    "select application_id, snapshot, snapshot_sha256 from application_submission where receipt_number = ?", v.receipt());
            if (rows.size() != 1) {
                problems.add(v.receipt() + ": " + rows.size() + " rows");
                continue;
            }
            Map<String, Object> r = rows.get(0);
            String snapshot = (String) r.get("snapshot");
            String stored = (String) r.get("snapshot_sha256");
            if (!r.get("application_id").equals(v.applicationId()) || !stored.equals(v.sha256())
                    || !stored.equals(sha256(snapshot.getBytes(StandardCharsets.UTF_8)))
                    || !snapshot.contains(sha256(pdf(v.email())))) {
                problems.add(v.receipt() + ": hash or content mismatch");
                continue;
            }
            verified++;
        }
        Integer perApplication = jdbc().queryForObject(
                "select coalesce(max(n), 0) from (select count(*) n from application_submission group by application_id) x", Integer.class);
        Integer total = jdbc().queryForObject("select count(*) from application_submission", Integer.class);
        report.add(String.format("database check: %d of %d acknowledged receipts found exactly once with matching SHA-256 "
                + "(snapshot and the uploaded file); %d submissions in the table; at most %d per application; problems: %s",
                verified, ok.size(), total, perApplication, problems.isEmpty() ? "none" : problems));

        Path out = Path.of("target/bench/deadline-rush.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);

        assertThat(problems).isEmpty();
        assertThat(verified).isEqualTo(ok.size());
        assertThat(perApplication).isLessThanOrEqualTo(1);
        assertThat(total).isEqualTo(ok.size());
    }

    /** One applicant's visit: login, dossier (CSRF token), 100 KB upload, submit through the API. */
    Visit visit(String email, UUID id) {
        long v0 = System.nanoTime();
        try {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
            String loginPage = http.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            String loginToken = find(FORM_CSRF, loginPage);
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(email) + "&password=" + enc(PASSWORD)
                            + "&_csrf=" + enc(loginToken))).build(), HttpResponse.BodyHandlers.ofString());
            String location = login.headers().firstValue("Location").orElse("");
            if (login.statusCode() != 302 || location.contains("error")) {
                return new Visit(email, id, null, null, 0, 0, "login " + login.statusCode() + " " + location);
            }
            long loginMs = (System.nanoTime() - v0) / 1_000_000;
            long d0 = System.nanoTime();
            HttpResponse<String> dossier = http.send(HttpRequest.newBuilder(uri("/applications/" + id)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (dossier.statusCode() != 200) {
                return new Visit(email, id, null, null, 0, 0, "dossier " + dossier.statusCode());
            }
            String token = find(META_CSRF, dossier.body());
            String header = find(META_HEADER, dossier.body());
            long dossierMs = (System.nanoTime() - d0) / 1_000_000;
            long u0 = System.nanoTime();
            String boundary = "rush" + UUID.randomUUID();
            HttpResponse<String> upload = http.send(HttpRequest.newBuilder(uri("/applications/" + id + "/attachments"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).header(header, token)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, pdf(email)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (upload.statusCode() != 302) {
                return new Visit(email, id, null, null, 0, 0, "upload " + upload.statusCode());
            }
            long uploadMs = (System.nanoTime() - u0) / 1_000_000;
            String key = "rush-" + id;
            long s0 = System.nanoTime();
            HttpResponse<String> submit = http.send(HttpRequest.newBuilder(uri("/api/applications/" + id + "/submit"))
                    .header(header, token).header("Idempotency-Key", key).header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            long submitMs = (System.nanoTime() - s0) / 1_000_000;
            if (submit.statusCode() != 200) {
                return new Visit(email, id, null, null, submitMs, 0, "submit " + submit.statusCode() + " "
                        + submit.body().substring(0, Math.min(200, submit.body().length())));
            }
            JsonNode receipt = json.readTree(submit.body());
            return new Visit(email, id, receipt.get("receiptNumber").asString(), receipt.get("snapshotSha256").asString(),
                    submitMs, (System.nanoTime() - v0) / 1_000_000, null, loginMs, dossierMs, uploadMs);
        } catch (Exception e) {
            return new Visit(email, id, null, null, 0, 0, e.toString());
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String find(Pattern p, String body) {
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + p.pattern() + " in the page");
        }
        return m.group(1);
    }

    /** A 100 KB PDF, different for each applicant (so each file has its own hash). */
    static byte[] pdf(String email) {
        byte[] head = ("%PDF-1.4\n% " + email + "\n1 0 obj<<>>endobj\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "trailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[100 * 1024];
        System.arraycopy(head, 0, out, 0, head.length);
        Random r = new Random(email.hashCode());
        for (int i = head.length; i < out.length - tail.length; i++) {
            out[i] = (byte) ('a' + r.nextInt(26));
        }
        System.arraycopy(tail, 0, out, out.length - tail.length, tail.length);
        return out;
    }

    static byte[] multipart(String boundary, byte[] file) throws java.io.IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"fieldKey\"\r\n\r\nprojectDescription\r\n").getBytes(StandardCharsets.UTF_8));
        b.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"description.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        b.write(file);
        b.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
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

    static List<Long> sortedCopy(List<Long> l) {
        List<Long> x = new ArrayList<>(l);
        Collections.sort(x);
        return x;
    }
}

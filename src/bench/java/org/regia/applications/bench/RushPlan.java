package org.regia.applications.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What {@link DeadlineRushBenchmark} hands to {@link DeadlineRushSimulation} (same JVM: Gatling runs in-process) and
 * what comes back: the applicants and the server's address before the run; the acknowledged receipts, the submit
 * latencies as the client measured them and the burst's start and end after it.
 */
final class RushPlan {

    record Applicant(String email, UUID applicationId) {
    }

    record Receipt(String receiptNumber, String snapshotSha256) {
    }

    static volatile String baseUrl;
    static volatile String password;
    static volatile List<Applicant> applicants = List.of();

    static final Map<String, byte[]> files = new ConcurrentHashMap<>();
    /** Acknowledged receipts by application id. */
    static final Map<String, Receipt> receipts = new ConcurrentHashMap<>();
    /** Per request name: how many were sent, and the response times (ms) of those that succeeded. */
    static final Map<String, AtomicInteger> attempts = new java.util.concurrent.ConcurrentSkipListMap<>();
    static final Map<String, java.util.Queue<Long>> latencies = new ConcurrentHashMap<>();
    static final AtomicInteger arrived = new AtomicInteger();
    static final AtomicInteger readyToClick = new AtomicInteger();
    static final AtomicLong burstStart = new AtomicLong();
    static volatile java.time.Instant burstReleasedAt;
    static final AtomicLong burstEnd = new AtomicLong();
    static final AtomicInteger submitsEnded = new AtomicInteger();
    /** Nanoseconds from the release to the first and to the last submit sent. */
    static final AtomicLong firstSubmitSent = new AtomicLong(Long.MAX_VALUE);
    static final AtomicLong lastSubmitSent = new AtomicLong();
    /** Called (on a Gatling thread) when the last applicant arrives and when the last submit has answered. */
    static volatile Runnable onBurstStart = () -> { };
    static volatile Runnable onBurstEnd = () -> { };

    private RushPlan() {
    }

    static void prepare(String url, String pw, List<Applicant> list) {
        baseUrl = url;
        password = pw;
        applicants = List.copyOf(list);
        files.clear();
        list.forEach(a -> files.put(a.applicationId().toString(), pdf(a.applicationId().toString())));
        receipts.clear();
        attempts.clear();
        latencies.clear();
        arrived.set(0);
        readyToClick.set(0);
        burstStart.set(0);
        burstEnd.set(0);
        submitsEnded.set(0);
        calibrationArrived.set(0);
        calibrationStart.set(0);
        calibrationEnd.set(0);
        firstSubmitSent.set(Long.MAX_VALUE);
        lastSubmitSent.set(0);
    }

    /** An applicant reached the rendezvous (ready: logged in, page open, file uploaded). The last one starts the burst. */
    static void arrived(boolean ready) {
        if (ready) {
            readyToClick.incrementAndGet();
        }
        if (arrived.incrementAndGet() == applicants.size()) {
            burstStart.set(System.nanoTime());
            burstReleasedAt = java.time.Instant.now();
            onBurstStart.run();
        }
    }

    static boolean everybodyArrived() {
        return arrived.get() >= applicants.size();
    }

    /** The calibration before the click: every applicant fetches a static file at once (the HTTP stack's own ceiling). */
    static final AtomicInteger calibrationArrived = new AtomicInteger();
    static final AtomicLong calibrationStart = new AtomicLong();
    static final AtomicLong calibrationEnd = new AtomicLong();

    static void arrivedForCalibration() {
        if (calibrationArrived.incrementAndGet() == applicants.size()) {
            calibrationStart.set(System.nanoTime());
        }
    }

    static boolean everybodyArrivedForCalibration() {
        return calibrationArrived.get() >= applicants.size();
    }

    static void calibrationEnded(long nanos) {
        calibrationEnd.accumulateAndGet(nanos, Math::max);
    }

    static void submitEnded(long nanos) {
        burstEnd.accumulateAndGet(nanos, Math::max);
        if (submitsEnded.incrementAndGet() == readyToClick.get()) {
            onBurstEnd.run();
        }
    }

    static void acknowledged(String applicationId, String receipt, String sha) {
        receipts.put(applicationId, new Receipt(receipt, sha));
    }

    static void attempt(String request) {
        attempts.computeIfAbsent(request, k -> new AtomicInteger()).incrementAndGet();
        if ("submit".equals(request) && burstStart.get() != 0) {
            long sent = System.nanoTime() - burstStart.get();
            firstSubmitSent.accumulateAndGet(sent, Math::min);
            lastSubmitSent.accumulateAndGet(sent, Math::max);
        }
    }

    static void succeeded(String request, long ms) {
        latencies.computeIfAbsent(request, k -> new java.util.concurrent.ConcurrentLinkedQueue<>()).add(ms);
    }

    static byte[] file(String applicationId) {
        return files.get(applicationId);
    }

    /**
     * Gatling resets logback when it starts, which leaves the root logger at DEBUG with no appender: nothing is printed
     * but every "is debug enabled?" answers yes — Hibernate then renders every flushed entity, 100 KB byte arrays
     * included, into strings at each commit. Back to the test profile's levels, with a console appender for warnings.
     */
    static void quietLogging() {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            root.setLevel(ch.qos.logback.classic.Level.WARN);
            context.getLogger("org.regia").setLevel(ch.qos.logback.classic.Level.INFO);
            if (!root.iteratorForAppenders().hasNext()) {
                ch.qos.logback.classic.encoder.PatternLayoutEncoder encoder = new ch.qos.logback.classic.encoder.PatternLayoutEncoder();
                encoder.setContext(context);
                encoder.setPattern("%d{HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n");
                encoder.start();
                ch.qos.logback.core.ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> console = new ch.qos.logback.core.ConsoleAppender<>();
                console.setContext(context);
                console.setEncoder(encoder);
                console.start();
                root.addAppender(console);
            }
        }
    }

    /** A 100 KB PDF, different for each dossier (so each file has its own hash). */
    private static byte[] pdf(String applicationId) {
        byte[] head = ("%PDF-1.4\n% " + applicationId + "\n1 0 obj<<>>endobj\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "trailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[100 * 1024];
        System.arraycopy(head, 0, out, 0, head.length);
        Random r = new Random(applicationId.hashCode());
        for (int i = head.length; i < out.length - tail.length; i++) {
            out[i] = (byte) ('a' + r.nextInt(26));
        }
        System.arraycopy(tail, 0, out, out.length - tail.length, tail.length);
        return out;
    }
}

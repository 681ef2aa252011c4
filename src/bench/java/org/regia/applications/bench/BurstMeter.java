package org.regia.applications.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU spent during the burst, split between this JVM (application and Gatling, which share it) and the PostgreSQL
 * server's processes (read from /proc: every process named {@code postgres}), and — with {@code -Drush.profile=cpu}
 * (or {@code wall}, {@code lock}) — an async-profiler flame graph of the burst alone in target/bench.
 */
final class BurstMeter {

    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux
    private final String profile = System.getProperty("rush.profile", "");
    private volatile long jvm0;
    private volatile long pg0;
    private volatile long jvm1;
    private volatile long pg1;
    private volatile boolean ended;

    /** Loads the profiler's agent ahead of the rush (loading it parses the JVM's symbols: about a second). */
    BurstMeter() {
        if (!profile.isEmpty()) {
            profiler("start,event=" + profile);
            profiler("stop");
        }
    }

    /** At the release, on Gatling's thread: reads the counters now, starts the profiler on a thread of its own. */
    void start() {
        jvm0 = jvmCpuNanos();
        pg0 = postgresCpuNanos();
        if (!profile.isEmpty()) {
            new Thread(() -> profiler("start,threads,event=" + profile + ",interval=" + ("wall".equals(profile) ? "5ms" : "1ms")),
                    "rush-profiler").start();
        }
    }

    void end() {
        jvm1 = jvmCpuNanos();
        pg1 = postgresCpuNanos();
        ended = true;
        if (!profile.isEmpty()) {
            try {
                one.profiler.AsyncProfiler ap = one.profiler.AsyncProfiler.getInstance();
                Path dir = Path.of("target/bench").toAbsolutePath();
                Files.createDirectories(dir);
                ap.execute("stop,file=" + dir.resolve("rush-profile-" + profile + ".html"));
                Files.writeString(dir.resolve("rush-profile-" + profile + ".collapsed"), ap.dumpCollapsed(one.profiler.Counter.SAMPLES));
            } catch (Exception | UnsatisfiedLinkError e) {
                System.err.println("async-profiler: " + e);
            }
        }
    }

    /** One line for the report: CPU ms per acknowledged submission, application JVM vs PostgreSQL. */
    String report(int submissions) {
        if (!ended || submissions == 0) {
            return "CPU during the burst: not measured";
        }
        double jvm = (jvm1 - jvm0) / 1e6;
        double pg = (pg1 - pg0) / 1e6;
        return String.format("CPU during the burst: JVM (application + Gatling) %.0f ms, PostgreSQL %.0f ms -> per submission "
                + "%.2f ms + %.2f ms%s", jvm, pg, jvm / submissions, pg / submissions,
                profile.isEmpty() ? "" : " (async-profiler " + profile + " on: target/bench/rush-profile-" + profile + ".html)");
    }

    private void profiler(String command) {
        if (profile.isEmpty()) {
            return;
        }
        try {
            one.profiler.AsyncProfiler.getInstance().execute(command);
        } catch (Exception | UnsatisfiedLinkError e) {
            System.err.println("async-profiler: " + e);
        }
    }

    static long jvmCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    static long postgresCpuNanos() {
        long ticks = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                if (!p.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
                        continue;
                    }
                    String[] f = stat.substring(close + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks * (1_000_000_000L / TICKS_PER_SECOND);
    }
}

package cn.overloadcontrol.weighing.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time used by this JVM and by the embedded PostgreSQL (the postmaster and its backends),
 * read from Linux's /proc. On a machine shared with other work, CPU time per record says more
 * about the code than records per second. The JVM's figure includes the benchmark's own client
 * threads, which sign and send the requests.
 */
final class CpuMeter {

    /** Clock ticks per second of /proc/[pid]/stat times; 100 on the usual Linux builds (USER_HZ). */
    private static final double TICKS_PER_SECOND = 100.0;

    /** CPU seconds at one moment. */
    record Reading(double jvmSeconds, double postgresSeconds) {

        Reading minus(Reading earlier) {
            return new Reading(jvmSeconds - earlier.jvmSeconds, postgresSeconds - earlier.postgresSeconds);
        }

        double totalSeconds() {
            return jvmSeconds + postgresSeconds;
        }
    }

    private final Path postmasterPidFile;

    CpuMeter(Path dataDirectory) {
        this.postmasterPidFile = dataDirectory.resolve("postmaster.pid");
    }

    Reading read() {
        return new Reading(jvmSeconds(), postgresSeconds());
    }

    private static double jvmSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean hotspot) {
            return hotspot.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    /** Sums the postmaster's and its child processes' user and system time, or NaN without /proc. */
    private double postgresSeconds() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            long postmaster = Long.parseLong(Files.readAllLines(postmasterPidFile).get(0).trim());
            long ticks = processes.filter(path -> path.getFileName().toString().matches("\\d+"))
                    .mapToLong(path -> ticksOf(path, postmaster)).sum();
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Returns the process's utime + stime when it is the postmaster or its child, else 0. */
    private static long ticksOf(Path process, long postmaster) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            // The command name in brackets may contain spaces, so the fields are counted after it.
            List<String> fields = List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
            long pid = Long.parseLong(process.getFileName().toString());
            long parent = Long.parseLong(fields.get(1));
            if (pid != postmaster && parent != postmaster) {
                return 0;
            }
            return Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
        } catch (IOException | RuntimeException e) {
            // The process ended while the directory was read.
            return 0;
        }
    }
}

package com.shopsight.web.cli;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * CPU time of the whole process, DuckDB's threads included, around a benchmark's work. On a
 * shared machine wall time also waits for other people's work; CPU seconds over the threads
 * used show what the work itself costs.
 */
final class CpuClock {
    private CpuClock() {}

    /** The work's value and "cpu N.N s" for its process CPU time. */
    record Timed<T>(T value, String cpu) {}

    static <T> Timed<T> around(Supplier<T> work) {
        long before = nanos();
        T value = work.get();
        return new Timed<>(value, String.format(Locale.ROOT, "cpu %.1f s", (nanos() - before) / 1e9));
    }

    private static long nanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}

package com.shopsight.tools.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Wall time and peak memory of one piece of work. Peak resident memory is the process's
 * (DuckDB allocates outside the Java heap, so the heap alone would flatter it); it is read
 * from /proc and reset before the work where Linux allows it.
 *
 * @param name what was measured
 * @param millis wall-clock milliseconds
 * @param peakRssBytes the process's peak resident set during the work, or -1 when unknown
 * @param peakHeapBytes the JVM heap's peak during the work
 */
public record Measurement(String name, double millis, long peakRssBytes, long peakHeapBytes) {

    /** A measured value together with its measurement. */
    public record Measured<T>(T value, Measurement measurement) {}

    /** Runs {@code work} once and measures it. */
    public static <T> Measured<T> of(String name, Supplier<T> work) {
        resetPeaks();
        long start = System.nanoTime();
        T value = work.get();
        double millis = (System.nanoTime() - start) / 1e6;
        return new Measured<>(value, new Measurement(name, millis, peakRss(), peakHeap()));
    }

    /** One line for a terminal: name, seconds, peak memory. */
    public String line() {
        return String.format(Locale.ROOT, "%-32s %10.1f ms   peak RSS %s   peak heap %s",
                name, millis, mib(peakRssBytes), mib(peakHeapBytes));
    }

    static String mib(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,.0f MiB", bytes / 1048576.0);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        try {
            // "5" resets the kernel's high-water mark of this process (Linux 4.0+).
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Not Linux, or not allowed: the peak then covers the process's whole life.
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}

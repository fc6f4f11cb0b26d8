package com.shopsight.tools.gate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a {@link SqlGate} limits queries and where it keeps its files.
 *
 * @param rowCap the most rows a query returns unless the caller asks for another cap
 * @param timeout how long a query may run unless the caller asks for another limit
 * @param memoryLimit DuckDB's memory limit for all the gate's queries together ("2GB")
 * @param threads DuckDB worker threads for all the gate's queries together
 * @param tempDirectory where DuckDB spills what does not fit in memory, or null for a
 *     folder of this process's own beside the database (removed on close)
 * @param auditLog the JSON-lines audit log, or null for none
 * @param auditMaxBytes the size at which the audit log is rotated
 * @param connections how many queries may run at the same time; more wait for a free one
 */
public record GateConfig(
        int rowCap,
        Duration timeout,
        String memoryLimit,
        int threads,
        Path tempDirectory,
        Path auditLog,
        long auditMaxBytes,
        int connections) {

    /** The default row cap. */
    public static final int DEFAULT_ROW_CAP = 1000;
    /** The default time limit. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** The audit log's file name inside the data folder's {@code audit} folder. */
    public static final String AUDIT_FILE = "sql-audit.jsonl";

    private static final Pattern MEMORY = Pattern.compile("(?i)\\d+(\\.\\d+)?\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)");

    public GateConfig {
        new QueryLimits(rowCap, timeout); // the same bounds as a caller's limits
        Objects.requireNonNull(memoryLimit, "memoryLimit");
        // The limit is handed to DuckDB as a setting: only a plain size gets through.
        if (!MEMORY.matcher(memoryLimit.trim()).matches()) {
            throw new IllegalArgumentException("memoryLimit must be a size like 512MB or 2GB, not '" + memoryLimit + "'");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (auditMaxBytes < 1024) {
            throw new IllegalArgumentException("auditMaxBytes must be at least 1024, not " + auditMaxBytes);
        }
        if (connections < 1) {
            throw new IllegalArgumentException("connections must be at least 1, not " + connections);
        }
    }

    /**
     * The defaults for a database file: 1,000 rows, 10 seconds, 2 GB, up to 4 threads, 4
     * connections, and the audit log at {@code audit/sql-audit.jsonl} beside the database
     * (the data folder), rotated at 10 MiB.
     */
    public static GateConfig forDatabase(Path database) {
        Path folder = database.toAbsolutePath().getParent();
        return new GateConfig(
                DEFAULT_ROW_CAP,
                DEFAULT_TIMEOUT,
                "2GB",
                Math.min(4, Runtime.getRuntime().availableProcessors()),
                null,
                folder.resolve("audit").resolve(AUDIT_FILE),
                10L * 1024 * 1024,
                4);
    }

    /** The row cap and time limit a query gets when the caller gives none. */
    public QueryLimits limits() {
        return new QueryLimits(rowCap, timeout);
    }

    public GateConfig withRowCap(int rows) {
        return new GateConfig(rows, timeout, memoryLimit, threads, tempDirectory, auditLog, auditMaxBytes, connections);
    }

    public GateConfig withTimeout(Duration limit) {
        return new GateConfig(rowCap, limit, memoryLimit, threads, tempDirectory, auditLog, auditMaxBytes, connections);
    }

    public GateConfig withMemoryLimit(String limit) {
        return new GateConfig(rowCap, timeout, limit, threads, tempDirectory, auditLog, auditMaxBytes, connections);
    }

    public GateConfig withThreads(int count) {
        return new GateConfig(rowCap, timeout, memoryLimit, count, tempDirectory, auditLog, auditMaxBytes, connections);
    }

    public GateConfig withTempDirectory(Path folder) {
        return new GateConfig(rowCap, timeout, memoryLimit, threads, folder, auditLog, auditMaxBytes, connections);
    }

    /** The same configuration with another audit log (null for none) and rotation size. */
    public GateConfig withAuditLog(Path file, long maxBytes) {
        return new GateConfig(rowCap, timeout, memoryLimit, threads, tempDirectory, file, maxBytes, connections);
    }

    public GateConfig withConnections(int count) {
        return new GateConfig(rowCap, timeout, memoryLimit, threads, tempDirectory, auditLog, auditMaxBytes, count);
    }
}

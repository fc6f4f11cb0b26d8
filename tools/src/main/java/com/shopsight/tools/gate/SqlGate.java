package com.shopsight.tools.gate;

import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.db.DuckDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;

/**
 * The one guarded path from SQL to data: every query a user, an LLM or a tool sends is checked
 * (one read-only query over the catalog's tables with allowed functions), capped, run with a
 * time limit on a read-only, locked-down DuckDB, and logged. Expected failures come back as
 * {@link Rejected}, never as exceptions. Thread-safe; queries run side by side on their own
 * connections. What is accepted is described in this package's documentation.
 */
public final class SqlGate implements AutoCloseable {
    private final GateConfig config;
    private final QueryRunner runner;
    private final AuditLog audit;
    private final Path ownTempDirectory;

    private SqlGate(GateConfig config, QueryRunner runner, AuditLog audit, Path ownTempDirectory) {
        this.config = config;
        this.runner = runner;
        this.audit = audit;
        this.ownTempDirectory = ownTempDirectory;
    }

    /**
     * Opens the gate on an existing database: read-only, no extension loading, no file or
     * network access, the memory limit, thread cap and temp folder of {@code config}, and the
     * configuration locked so no query can change any of it.
     *
     * @throws com.shopsight.tools.db.DatabaseMissingException when the file does not exist
     */
    public static SqlGate open(Path database, GateConfig config) {
        Objects.requireNonNull(config, "config");
        DuckDb.requireExists(database);
        Path temp = config.tempDirectory() != null
                ? config.tempDirectory()
                : database.toAbsolutePath().resolveSibling("tmp").resolve("gate-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(temp);
        } catch (IOException e) {
            throw new ShopSightException("Cannot create the gate's temp folder " + temp + ": " + e.getMessage(), e);
        }
        Connection root = DuckDb.openReadOnly(database, startupSettings(config, temp));
        try {
            Catalog catalog = Catalog.read(root);
            AuditLog audit = AuditLog.open(config.auditLog(), config.auditMaxBytes());
            SessionPool pool = new SessionPool(root.unwrap(DuckDBConnection.class), config.connections());
            return new SqlGate(config, new QueryRunner(catalog, pool, config.connections()), audit,
                    config.tempDirectory() == null ? temp : null);
        } catch (SQLException | RuntimeException e) {
            try {
                root.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e instanceof RuntimeException re ? re
                    : new ShopSightException("Cannot read the catalog of " + database + ": " + e.getMessage(), e);
        }
    }

    /**
     * DuckDB settings the gate's database starts with. Given at start-up, DuckDB applies them
     * before any query, and refuses to open the same file again in this process with others.
     */
    static Map<String, String> startupSettings(GateConfig config, Path temp) {
        return Map.of(
                "memory_limit", config.memoryLimit(),
                "threads", Integer.toString(config.threads()),
                "temp_directory", temp.toAbsolutePath().toString(),
                "enable_external_access", "false",
                "lock_configuration", "true");
    }

    /** The configuration the gate was opened with. */
    public GateConfig config() {
        return config;
    }

    /** Checks {@code sql} without running it; binder errors (unknown columns, wrong types) included. */
    public GateCheck check(String sql) {
        return check(sql, QueryContext.UNKNOWN);
    }

    /** Checks {@code sql} without running it, noting who asked in the audit log. */
    public GateCheck check(String sql, QueryContext context) {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(context, "context");
        long start = System.nanoTime();
        GateCheck result = runner.check(sql, config.limits());
        long ms = millisSince(start);
        audit.write(AuditLog.Entry.of("check", context, sql, result instanceof Rejected r ? r : null, null, null, ms));
        return result;
    }

    /** Runs {@code sql} with the configured row cap and time limit. */
    public GateResult run(String sql) {
        return run(sql, config.limits(), QueryContext.UNKNOWN);
    }

    /** Runs {@code sql} with the given row cap and time limit. */
    public GateResult run(String sql, QueryLimits limits) {
        return run(sql, limits, QueryContext.UNKNOWN);
    }

    /** Runs {@code sql} with the given limits, noting who asked in the audit log. */
    public GateResult run(String sql, QueryLimits limits, QueryContext context) {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(context, "context");
        long start = System.nanoTime();
        GateResult result = runner.run(sql, limits);
        long ms = millisSince(start);
        if (result instanceof Rows rows) {
            audit.write(AuditLog.Entry.of("run", context, sql, null, rows.rowCount(), rows.truncated(), ms));
        } else {
            audit.write(AuditLog.Entry.of("run", context, sql, (Rejected) result, null, null, ms));
        }
        return result;
    }

    /**
     * Runs {@code work} on one of the gate's connections directly, past every check: only for
     * {@link GateBenchmark}'s plain-JDBC baseline, which must use the same DuckDB settings.
     */
    <T> T onPlainConnection(QueryRunner.Job<T> work) throws SQLException, InterruptedException {
        return runner.onPlainConnection(work);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** Stops the gate's threads, closes its connections and removes its own temp folder. */
    @Override
    public void close() {
        try {
            runner.close();
        } catch (SQLException e) {
            throw new ShopSightException("Cannot close the gate's connections: " + e.getMessage(), e);
        }
        audit.close();
        if (ownTempDirectory != null) {
            deleteTree(ownTempDirectory);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new ShopSightException("Cannot remove the gate's temp folder " + folder + ": " + e.getMessage(), e);
        }
    }
}

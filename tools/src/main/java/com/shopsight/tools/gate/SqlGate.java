package com.shopsight.tools.gate;

import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.db.DuckDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
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
    /** How much past its time limit a caller waits for a query DuckDB is slow to stop. */
    private static final double HARD_LIMIT_FACTOR = 1.25;

    private final GateConfig config;
    private final Catalog catalog;
    private final Validator validator;
    private final SessionPool pool;
    private final AuditLog audit;
    private final Path ownTempDirectory;
    private final ExecutorService workers = Executors.newCachedThreadPool(daemon("shopsight-gate-query"));
    private final ExecutorService parserThreads = Executors.newCachedThreadPool(daemon("shopsight-gate-jsqlparser"));
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemon("shopsight-gate-timer"));

    private SqlGate(GateConfig config, Catalog catalog, SessionPool pool, AuditLog audit, Path ownTempDirectory) {
        this.config = config;
        this.catalog = catalog;
        this.pool = pool;
        this.audit = audit;
        this.ownTempDirectory = ownTempDirectory;
        this.validator = new Validator(catalog, FunctionPolicy.load(catalog.functionNames()), parserThreads);
        timer.setRemoveOnCancelPolicy(true);
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
            return new SqlGate(config, catalog, pool, audit, config.tempDirectory() == null ? temp : null);
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
        QueryLimits limits = config.limits();
        GateCheck result = onWorker(sql, limits, session -> prepare(session, sql, limits), r -> r);
        long ms = millisSince(start);
        audit.write(entry("check", context, sql, result instanceof Rejected r ? r : null, null, null, ms));
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
        GateResult result = onWorker(sql, limits, session -> execute(session, sql, limits, start), r -> r);
        long ms = millisSince(start);
        if (result instanceof Rows rows) {
            audit.write(entry("run", context, sql, null, rows.rowCount(), rows.truncated(), ms));
        } else {
            audit.write(entry("run", context, sql, (Rejected) result, null, null, ms));
        }
        return result;
    }

    /**
     * Runs {@code work} on one of the gate's connections directly, past every check: only for
     * {@link GateBenchmark}'s plain-JDBC baseline, which must use the same DuckDB settings.
     */
    <T> T onPlainConnection(Job<T> work) throws SQLException, InterruptedException {
        Session session = pool.borrow(config.timeout().toMillis());
        if (session == null) {
            throw new ShopSightException("No free connection for the benchmark");
        }
        try {
            return work.on(session);
        } finally {
            pool.release(session);
        }
    }

    /** Work done on one session. */
    interface Job<T> {
        T on(Session session) throws SQLException;
    }

    /**
     * Runs {@code job} on a worker with a session of its own. The statement's deadline cancels
     * it at the time limit; DuckDB honours that at once while executing, but some work (such
     * as folding a huge constant while planning) only notices later, so the caller stops
     * waiting at {@link #HARD_LIMIT_FACTOR} times the limit and the session returns to the pool
     * when DuckDB lets go of it.
     */
    private <T> T onWorker(String sql, QueryLimits limits, Job<T> job, Function<Rejected, T> rejected) {
        long limit = limits.timeout().toMillis();
        long start = System.nanoTime();
        Session session;
        try {
            session = pool.borrow(limit);
        } catch (SQLException e) {
            throw new ShopSightException("Cannot open a connection for the gate: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShopSightException("Interrupted while waiting for a connection", e);
        }
        if (session == null) {
            return rejected.apply(Rejected.of(Rejected.Kind.TIMEOUT,
                    "all " + config.connections() + " of the gate's connections stayed busy for the whole time limit",
                    "Try again shortly; other queries are running.", sql));
        }
        Future<T> future;
        try {
            future = workers.submit(() -> {
                try {
                    return job.on(session);
                } finally {
                    pool.release(session);
                }
            });
        } catch (RuntimeException e) {
            pool.release(session);
            throw e;
        }
        try {
            return future.get(Math.max(1, (long) (limit * HARD_LIMIT_FACTOR) - millisSince(start)), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return rejected.apply(DuckDbErrors.timeout(limits.timeout(), sql));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShopSightException("Interrupted while waiting for a query", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new ShopSightException("DuckDB failed outside any query: " + cause.getMessage(), cause);
        }
    }

    private GateCheck prepare(Session session, String sql, QueryLimits limits) throws SQLException {
        Validator.Plan plan;
        try {
            plan = validator.validate(session, sql, limits.maxRows());
        } catch (Refusal r) {
            return r.rejected();
        }
        // Preparing binds and plans without running: DuckDB's binder errors, at EXPLAIN's cost.
        try (PreparedStatement ps = session.connection().prepareStatement(plan.executedSql())) {
            return new Accepted(sql, plan.executedSql(), columns(ps.getMetaData()),
                    List.copyOf(plan.findings().tables()), List.copyOf(plan.findings().functions()),
                    plan.jsqlParsed() ? List.of("duckdb", "jsqlparser") : List.of("duckdb"));
        } catch (SQLException e) {
            return DuckDbErrors.map(e, query(plan), catalog, false, limits.timeout());
        }
    }

    private GateResult execute(Session session, String sql, QueryLimits limits, long start) throws SQLException {
        Validator.Plan plan;
        try {
            plan = validator.validate(session, sql, limits.maxRows());
        } catch (Refusal r) {
            return r.rejected();
        }
        long remaining = limits.timeout().toMillis() - millisSince(start);
        try (Statement statement = session.connection().createStatement();
                Deadline deadline = Deadline.start(timer, statement, remaining)) {
            try (ResultSet rs = statement.executeQuery(plan.executedSql())) {
                List<Column> columns = columns(rs.getMetaData());
                List<List<Object>> rows = new ArrayList<>();
                while (rows.size() <= limits.maxRows() && rs.next()) {
                    List<Object> row = new ArrayList<>(columns.size());
                    for (int i = 1; i <= columns.size(); i++) {
                        row.add(Values.plain(rs.getObject(i)));
                    }
                    rows.add(row);
                }
                boolean truncated = rows.size() > limits.maxRows();
                if (truncated) {
                    rows.remove(rows.size() - 1);
                }
                return new Rows(columns, rows, truncated, millisSince(start), sql, plan.executedSql());
            } catch (SQLException e) {
                return DuckDbErrors.map(e, query(plan), catalog, deadline.fired(), limits.timeout());
            }
        }
    }

    private static DuckDbErrors.Query query(Validator.Plan plan) {
        return new DuckDbErrors.Query(plan.sql(), plan.executedSql(), plan.findings().tables());
    }

    private static List<Column> columns(ResultSetMetaData md) throws SQLException {
        List<Column> columns = new ArrayList<>(md.getColumnCount());
        for (int i = 1; i <= md.getColumnCount(); i++) {
            columns.add(new Column(md.getColumnName(i), md.getColumnTypeName(i)));
        }
        return columns;
    }

    private static AuditLog.Entry entry(String action, QueryContext context, String sql, Rejected rejected,
            Integer rows, Boolean truncated, long ms) {
        String error = null;
        if (rejected != null) {
            // A failure while running can quote data values; the log keeps only its type then.
            error = rejected.kind() == Rejected.Kind.EXECUTION_ERROR
                    ? rejected.message().replaceFirst(":.*", "")
                    : rejected.message();
        }
        return new AuditLog.Entry(Instant.now().toString(), action, context.surface(), context.conversationId(),
                rejected == null ? "accepted" : "rejected", rejected == null ? null : rejected.kind().code(),
                rows, truncated, ms, AuditLog.clip(sql), error);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** Stops the gate's threads, closes its connections and removes its own temp folder. */
    @Override
    public void close() {
        workers.shutdownNow();
        parserThreads.shutdownNow();
        timer.shutdownNow();
        try {
            // A query DuckDB is still winding down holds its connection; give it a moment.
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            pool.close();
        } catch (SQLException e) {
            throw new ShopSightException("Cannot close the gate's connections: " + e.getMessage(), e);
        }
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

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

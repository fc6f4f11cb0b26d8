package com.shopsight.tools.gate;

import com.shopsight.tools.ShopSightException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Checks and runs queries on the gate's sessions: each on a worker thread with a session of
 * its own, validated, then prepared (check) or executed under a deadline (run).
 */
final class QueryRunner implements AutoCloseable {
    /** How much past its time limit a caller waits for a query DuckDB is slow to stop. */
    private static final double HARD_LIMIT_FACTOR = 1.25;

    private final Catalog catalog;
    private final SessionPool pool;
    private final int connections;
    private final ExecutorService workers = Executors.newCachedThreadPool(daemon("shopsight-gate-query"));
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemon("shopsight-gate-timer"));
    private final Validator validator;

    QueryRunner(Catalog catalog, SessionPool pool, int connections) {
        this.catalog = catalog;
        this.pool = pool;
        this.connections = connections;
        timer.setRemoveOnCancelPolicy(true);
        this.validator = new Validator(catalog, FunctionPolicy.load(catalog.functionNames()), timer);
    }

    /** Validates and prepares {@code sql} without running it. */
    GateCheck check(String sql, QueryLimits limits) {
        return onWorker(sql, limits, session -> prepare(session, sql, limits), r -> r);
    }

    /** Validates and runs {@code sql}. */
    GateResult run(String sql, QueryLimits limits) {
        long start = System.nanoTime();
        return onWorker(sql, limits, session -> execute(session, sql, limits, start), r -> r);
    }

    /**
     * Runs {@code work} on one of the gate's connections directly, past every check: only for
     * {@link GateBenchmark}'s plain-JDBC baseline, which must use the same DuckDB settings.
     */
    <T> T onPlainConnection(Job<T> work) throws SQLException, InterruptedException {
        Session session = pool.borrow(QueryLimits.MAX_TIMEOUT.toMillis());
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
                    "all " + connections + " of the gate's connections stayed busy for the whole time limit",
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

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** Stops the threads and closes the sessions. */
    @Override
    public void close() throws SQLException {
        workers.shutdownNow();
        timer.shutdownNow();
        try {
            // A query DuckDB is still winding down holds its connection; give it a moment.
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.close();
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

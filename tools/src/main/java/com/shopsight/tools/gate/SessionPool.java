package com.shopsight.tools.gate;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;

/**
 * A few duplicates of the gate's root connection, so queries run side by side and a slow one
 * does not hold up the others. Duplicates share the root's database instance, and with it its
 * read-only mode, memory limit, thread cap and locked configuration. Created on first need.
 */
final class SessionPool implements AutoCloseable {
    private final DuckDBConnection root;
    private final Semaphore permits;
    private final Deque<Session> idle = new ConcurrentLinkedDeque<>();
    private final List<Session> all = new ArrayList<>();
    private boolean closed;

    SessionPool(DuckDBConnection root, int size) {
        this.root = root;
        this.permits = new Semaphore(size, true);
    }

    /** A session for one query, or null when none came free within {@code waitMillis}. */
    Session borrow(long waitMillis) throws SQLException, InterruptedException {
        if (!permits.tryAcquire(Math.max(0, waitMillis), TimeUnit.MILLISECONDS)) {
            return null;
        }
        Session session = idle.pollFirst();
        if (session != null) {
            return session;
        }
        try {
            return create();
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    private synchronized Session create() throws SQLException {
        if (closed) {
            throw new SQLException("the gate is closed");
        }
        Session session = new Session(root.duplicate());
        all.add(session);
        return session;
    }

    /** Gives a borrowed session back. */
    void release(Session session) {
        idle.addFirst(session);
        permits.release();
    }

    @Override
    public synchronized void close() throws SQLException {
        closed = true;
        SQLException failure = null;
        for (Session s : all) {
            try {
                s.close();
            } catch (SQLException e) {
                failure = failure == null ? e : failure;
            }
        }
        root.close();
        if (failure != null) {
            throw failure;
        }
    }
}

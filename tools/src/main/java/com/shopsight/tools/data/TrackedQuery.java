package com.shopsight.tools.data;

import com.shopsight.tools.progress.Progress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.duckdb.DuckDBPreparedStatement;
import org.duckdb.QueryProgress;

/**
 * Runs one long statement while a background thread turns DuckDB's query progress into
 * {@link Progress} steps (a task of 100 steps). Needs {@code enable_progress_bar} on the
 * connection, with printing off.
 */
final class TrackedQuery {
    private static final long POLL_MILLIS = 250;

    private TrackedQuery() {}

    /** Executes {@code sql}; the caller has started a task of 100 steps and finishes it. */
    static void execute(Connection conn, String sql, Progress progress) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            DuckDBPreparedStatement duck = ps.unwrap(DuckDBPreparedStatement.class);
            AtomicBoolean done = new AtomicBoolean();
            Thread poller = new Thread(() -> poll(duck, done, progress), "shopsight-load-progress");
            poller.setDaemon(true);
            poller.start();
            try {
                ps.execute();
            } finally {
                done.set(true);
                poller.interrupt();
                joinQuietly(poller);
            }
        }
    }

    private static void poll(DuckDBPreparedStatement ps, AtomicBoolean done, Progress progress) {
        long reported = 0;
        while (!done.get()) {
            try {
                Thread.sleep(POLL_MILLIS);
                QueryProgress p = ps.getQueryProgress();
                long percent = (long) Math.min(99, Math.max(0, p.getPercentage()));
                if (percent > reported && !done.get()) {
                    progress.advance(percent - reported);
                    reported = percent;
                }
            } catch (InterruptedException e) {
                return;
            } catch (SQLException e) {
                // The statement finished (and closed its result) between two polls: nothing left to report.
                return;
            }
        }
    }

    private static void joinQuietly(Thread poller) {
        try {
            poller.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package com.shopsight.tools.gate;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Cancels a running statement when its time is up. Cancelling and finishing are exclusive, so
 * a late cancel can never hit the next query on the same connection.
 */
final class Deadline implements AutoCloseable {
    private final Statement statement;
    private final ScheduledFuture<?> timer;
    private boolean finished;
    private boolean fired;

    private Deadline(Statement statement, ScheduledExecutorService scheduler, long millis) {
        this.statement = statement;
        this.timer = scheduler.schedule(this::fire, Math.max(0, millis), TimeUnit.MILLISECONDS);
    }

    static Deadline start(ScheduledExecutorService scheduler, Statement statement, long millis) {
        return new Deadline(statement, scheduler, millis);
    }

    private synchronized void fire() {
        if (finished) {
            return;
        }
        fired = true;
        try {
            statement.cancel();
        } catch (SQLException e) {
            // The statement ended between the check and the cancel: nothing left to stop.
        }
    }

    /** Whether the time ran out and the statement was cancelled. */
    synchronized boolean fired() {
        return fired;
    }

    @Override
    public synchronized void close() {
        finished = true;
        timer.cancel(false);
    }
}

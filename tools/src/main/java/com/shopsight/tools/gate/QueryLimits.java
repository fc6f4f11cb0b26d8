package com.shopsight.tools.gate;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits of one query: how many rows come back at most, and how long it may run before
 * it is cancelled.
 *
 * @param maxRows the row cap, 1 to {@link #MAX_ROWS}
 * @param timeout the time limit, more than zero and at most {@link #MAX_TIMEOUT}
 */
public record QueryLimits(int maxRows, Duration timeout) {
    /** The largest row cap a caller may ask for: results are held in memory and sent as JSON. */
    public static final int MAX_ROWS = 1_000_000;
    /** The longest time limit a caller may ask for. */
    public static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);

    public QueryLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxRows < 1 || maxRows > MAX_ROWS) {
            throw new IllegalArgumentException("maxRows must be between 1 and " + MAX_ROWS + ", not " + maxRows);
        }
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("timeout must be above zero and at most " + MAX_TIMEOUT + ", not " + timeout);
        }
    }

    /** The same limits with another row cap. */
    public QueryLimits withMaxRows(int rows) {
        return new QueryLimits(rows, timeout);
    }

    /** The same limits with another time limit. */
    public QueryLimits withTimeout(Duration limit) {
        return new QueryLimits(maxRows, limit);
    }
}

package com.shopsight.agent.planner;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates a query covers: from {@code from} (inclusive) to {@code until} (exclusive), either
 * open; relative words are already resolved against the data's latest day.
 *
 * @param from the first day, or null for no lower bound
 * @param until the day after the last, or null for no upper bound
 * @param label how the user said it ("last 12 weeks", "2019", "all time"), never null
 */
public record TimeWindow(LocalDate from, LocalDate until, String label) {
    /** Every date. */
    public static final TimeWindow ALL = new TimeWindow(null, null, "all time");

    public TimeWindow {
        Objects.requireNonNull(label, "label");
        if (from != null && until != null && !from.isBefore(until)) {
            throw new IllegalArgumentException("empty time window " + from + " to " + until);
        }
    }

    @JsonIgnore
    public boolean isAll() {
        return from == null && until == null;
    }

    /** The last day inside the window, or null when it is open-ended. */
    @JsonIgnore
    public LocalDate lastDay() {
        return until == null ? null : until.minusDays(1);
    }

    /** The same dates with another label. */
    public TimeWindow labelled(String other) {
        return new TimeWindow(from, until, other);
    }
}

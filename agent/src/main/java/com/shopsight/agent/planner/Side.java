package com.shopsight.agent.planner;

import java.util.Objects;

/**
 * One side of a comparison ("online" in "online vs in store"): a condition or a time window,
 * exactly one of the two.
 *
 * @param label the side's name as shown in the table and the answer
 * @param condition the side's condition, or null when it is a time window
 * @param time the side's dates, or null when it is a condition
 */
public record Side(String label, Condition condition, TimeWindow time) {
    public Side {
        Objects.requireNonNull(label, "label");
        if ((condition == null) == (time == null)) {
            throw new IllegalArgumentException("a side is a condition or a time window, not both or neither");
        }
    }
}

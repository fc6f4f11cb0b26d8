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

    /**
     * Which of two sides a change is measured on (index 0 or 1), against the other: the first
     * said ("online vs in store": online against in store), except that of two periods it is the
     * later one ("2019 vs 2020": 2020 against 2019), as growth is read forward in time.
     */
    static int measured(java.util.List<Side> sides) {
        Side a = sides.get(0);
        Side b = sides.get(1);
        boolean earlierFirst = a.time() != null && b.time() != null && a.time().from() != null && b.time().from() != null
                && a.time().from().isBefore(b.time().from());
        return earlierFirst ? 1 : 0;
    }
}

package com.shopsight.agent.planner;

import java.util.Objects;

/**
 * Groups kept by the size of a figure: "product types with over 500 buyers" keeps the types
 * whose buyers exceed 500 (a HAVING clause).
 *
 * @param metric the metric compared
 * @param above whether groups above the value are kept (else below it)
 * @param inclusive whether the value itself is kept ("at least 500")
 * @param value the value compared with
 */
public record Cut(String metric, boolean above, boolean inclusive, long value) {
    public Cut {
        Objects.requireNonNull(metric, "metric");
    }

    /** The SQL comparison operator. */
    String operator() {
        return (above ? ">" : "<") + (inclusive ? "=" : "");
    }

    /** In words: "over 500", "at least 500", "under 10". */
    String words() {
        return (above ? (inclusive ? "at least " : "over ") : (inclusive ? "at most " : "under ")) + value;
    }
}

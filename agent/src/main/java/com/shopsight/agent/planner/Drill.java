package com.shopsight.agent.planner;

import java.util.Objects;

/**
 * "Why?": the row of the previous answer being explained (its dimension and value, or its
 * period) and the dimension it is broken down by.
 *
 * @param focus what is being explained, in words ("Trousers", "the week of 2020-06-15")
 * @param by the dimension the focus is broken down by
 */
public record Drill(String focus, String by) {
    public Drill {
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(by, "by");
    }
}

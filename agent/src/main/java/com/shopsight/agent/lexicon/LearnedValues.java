package com.shopsight.agent.lexicon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every value of each categorical dimension, as found in the data: the only values the
 * planner ever writes into SQL.
 *
 * @param byDimension dimension name to its values, in the order given; never null
 */
public record LearnedValues(Map<String, List<String>> byDimension) {
    public LearnedValues {
        Objects.requireNonNull(byDimension, "byDimension");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byDimension.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        byDimension = java.util.Collections.unmodifiableMap(copy);
    }

    /** The values of {@code dimension}, empty when it has none. */
    public List<String> of(String dimension) {
        return byDimension.getOrDefault(dimension, List.of());
    }

    /** Whether {@code value} is a learned value of {@code dimension}. */
    public boolean contains(String dimension, String value) {
        return of(dimension).contains(value);
    }
}

package com.shopsight.agent.eval;

import java.util.List;
import java.util.Map;

/**
 * What a tool answer must show when no single SQL result is the truth (a forecast, a
 * segmentation, a chart): every check given must hold; absent checks are not made.
 *
 * @param tool the tool a step must have used ("forecast", "basket", ...), or null
 * @param rows how many rows the answer's table must have, or null
 * @param columns names the table must have a column for, each a "|"-separated list of
 *     acceptable names matched case-insensitively as a part of the column's name; never null
 * @param chart the Vega-Lite mark the chart must use ("line", "bar", "arc", or "line|bar" for either), or null
 * @param values ranges that every number in the named column must lie in; never null
 * @param contains values some cell of the table must equal, or for text contain, ignoring case; never null
 */
public record Checks(String tool, Range rows, List<String> columns, String chart, Map<String, Range> values,
        List<String> contains) {
    public Checks {
        columns = columns == null ? List.of() : List.copyOf(columns);
        values = values == null ? Map.of() : Map.copyOf(values);
        contains = contains == null ? List.of() : List.copyOf(contains);
    }

    /** Whether there is nothing to check. */
    public boolean isEmpty() {
        return tool == null && rows == null && columns.isEmpty() && chart == null && values.isEmpty() && contains.isEmpty();
    }
}

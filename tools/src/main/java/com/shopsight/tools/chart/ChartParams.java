package com.shopsight.tools.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ChartTool} draws.
 *
 * @param table the result table
 * @param shows what the chart shows and which columns play which part
 * @param title the chart's title, or null for one made from the columns
 * @param maxRows how many rows to inline into the spec at most, 1 to {@link #MAX_ROWS}
 */
public record ChartParams(ChartTable table, Shows shows, String title, int maxRows) {
    /** The default cap on inlined rows: more makes a page slow and a chart unreadable. */
    public static final int DEFAULT_MAX_ROWS = 5_000;
    public static final int MAX_ROWS = 50_000;

    public ChartParams {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(shows, "shows");
        if (maxRows < 1 || maxRows > MAX_ROWS) {
            throw new IllegalArgumentException("maxRows must be between 1 and " + MAX_ROWS + ", not " + maxRows);
        }
        List<String> missing = new ArrayList<>();
        for (String field : shows.fields()) {
            if (table.indexOf(field) < 0) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the table has no column " + String.join(", ", missing)
                    + "; its columns are " + String.join(", ", table.columns()));
        }
    }

    /** {@code shows} over {@code table} with a made-up title and the default row cap. */
    public static ChartParams of(ChartTable table, Shows shows) {
        return new ChartParams(table, shows, null, DEFAULT_MAX_ROWS);
    }

    public ChartParams withTitle(String value) {
        return new ChartParams(table, shows, value, maxRows);
    }

    public ChartParams withMaxRows(int value) {
        return new ChartParams(table, shows, title, value);
    }
}

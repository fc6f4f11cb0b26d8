package com.shopsight.agent.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The primary result table of an answer: typed columns and rows of JSON-friendly values
 * (strings, numbers, booleans, ISO dates as strings, null).
 */
public record Table(List<Column> columns, List<List<Object>> rows) {
    /** A column: its name and its SQL type (e.g. VARCHAR, BIGINT, DOUBLE, DATE). */
    public record Column(String name, String type) {
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    public Table {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " values for " + columns.size() + " columns");
            }
            // Rows may hold nulls, so List.copyOf (which rejects them) cannot be used.
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    public int width() {
        return columns.size();
    }

    /** The index of the column called {@code name}, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}

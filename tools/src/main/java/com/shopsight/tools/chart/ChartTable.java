package com.shopsight.tools.chart;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A result table to draw: column names, rows of plain values (numbers, text, dates), and the
 * SQL that produced it, if any.
 *
 * @param columns the column names, distinct
 * @param rows the rows, each as long as {@code columns}; nulls allowed
 * @param sql the query behind the table, or null
 */
public record ChartTable(List<String> columns, List<List<Object>> rows, String sql) {
    /** How a column can be drawn, read from its values. */
    public enum Kind {
        /** Dates and times. */
        TEMPORAL,
        /** Numbers. */
        QUANTITATIVE,
        /** Anything else: text, booleans, ids. */
        NOMINAL
    }

    public ChartTable {
        columns = List.copyOf(columns);
        if (columns.stream().distinct().count() != columns.size()) {
            throw new IllegalArgumentException("column names must be distinct: " + columns);
        }
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " values for " + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /** The rows of a gate result, with its SQL. */
    public static ChartTable of(com.shopsight.tools.gate.Rows rows) {
        return new ChartTable(rows.columns().stream().map(com.shopsight.tools.gate.Column::name).toList(), rows.rows(), rows.sql());
    }

    /** The position of {@code column}, or -1. */
    public int indexOf(String column) {
        return columns.indexOf(Objects.requireNonNull(column, "column"));
    }

    /** What the values of {@code column} are; a column of nulls only counts as nominal. */
    public Kind kind(String column) {
        int i = indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column '" + column + "'; the table has " + columns);
        }
        boolean temporal = true;
        boolean numeric = true;
        boolean any = false;
        for (List<Object> row : rows) {
            Object v = row.get(i);
            if (v == null) {
                continue;
            }
            any = true;
            temporal &= isTemporal(v);
            numeric &= v instanceof Number;
        }
        if (!any) {
            return Kind.NOMINAL;
        }
        return temporal ? Kind.TEMPORAL : numeric ? Kind.QUANTITATIVE : Kind.NOMINAL;
    }

    /** The columns of one kind, in table order. */
    public List<String> columnsOf(Kind kind) {
        return columns.stream().filter(c -> kind(c) == kind).toList();
    }

    /** How many distinct non-null values {@code column} has. */
    public long distinct(String column) {
        int i = indexOf(column);
        return rows.stream().map(r -> r.get(i)).filter(Objects::nonNull).distinct().count();
    }

    static boolean isTemporal(Object v) {
        return v instanceof LocalDate || v instanceof LocalDateTime || v instanceof OffsetDateTime
                || v instanceof java.util.Date || (v instanceof Temporal && !(v instanceof java.time.LocalTime));
    }
}

package com.shopsight.tools.query;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A query's result as the tools read it: column names and rows of plain values (Long, Double,
 * BigDecimal, String, LocalDate, LocalDateTime, null, ...), with readers that convert a cell
 * to the type a tool needs and say clearly when it cannot.
 *
 * @param columns the column names, in order
 * @param rows the rows, each as long as {@code columns}
 * @param truncated whether the query had more rows than were read
 * @param sql the query as written
 */
public record Table(List<String> columns, List<List<Object>> rows, boolean truncated, String sql) {
    public Table {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    public int size() {
        return rows.size();
    }

    /** The index of the column {@code name} (any case), or -1. */
    public int column(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The raw value at a row and column. */
    public Object value(int row, int column) {
        return rows.get(row).get(column);
    }

    /** A number as a double; null reads as {@code ifNull}. */
    public double number(int row, int column, double ifNull) {
        Object v = value(row, column);
        if (v == null) {
            return ifNull;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw new IllegalStateException("column " + columns.get(column) + " holds " + describe(v) + ", not a number");
    }

    /** A number as a double by column name; null reads as {@code ifNull}. */
    public double number(int row, String column, double ifNull) {
        return number(row, require(column), ifNull);
    }

    /** A whole number by column name; null reads as 0. */
    public long whole(int row, String column) {
        return Math.round(number(row, require(column), 0));
    }

    /** A value as text by column name, or null. */
    public String text(int row, String column) {
        Object v = value(row, require(column));
        return v == null ? null : v.toString();
    }

    /** A date (DATE, TIMESTAMP or ISO text) by column index, or null. */
    public LocalDate date(int row, int column) {
        Object v = value(row, column);
        if (v == null) {
            return null;
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        if (v instanceof OffsetDateTime t) {
            return t.toLocalDate();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        if (v instanceof String s) {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        }
        throw new IllegalStateException("column " + columns.get(column) + " holds " + describe(v) + ", not a date");
    }

    private int require(String name) {
        int i = column(name);
        if (i < 0) {
            throw new IllegalStateException("no column " + name + " among " + columns);
        }
        return i;
    }

    static String describe(Object v) {
        String type = v instanceof BigInteger || v instanceof BigDecimal || v instanceof Long || v instanceof Double
                ? "a number" : "a " + v.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        return type + " (" + v + ")";
    }
}

package com.shopsight.tools.gate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The result of a query that ran. Values are plain Java values that any JSON writer handles:
 * null, Boolean, Long, Double, BigInteger (HUGEINT, UBIGINT), BigDecimal (DECIMAL), String,
 * LocalDate, LocalDateTime, OffsetDateTime, LocalTime, List (LIST, ARRAY) and Map (STRUCT,
 * MAP). Jackson writes dates and times as ISO-8601 strings without any module.
 *
 * @param columns the result's columns, in order
 * @param rows the rows, each a list as long as {@code columns}; at most the row cap
 * @param truncated whether the query had more rows than the cap
 * @param elapsedMs wall time of the whole run, validation included
 * @param sql the query as submitted
 * @param executedSql the query as the gate ran it (wrapped in the row cap)
 */
@JsonPropertyOrder({"status", "columns", "rows", "rowCount", "truncated", "elapsedMs", "sql", "executedSql"})
public record Rows(
        List<Column> columns,
        @JsonSerialize(using = CellsSerializer.class) List<List<Object>> rows,
        boolean truncated,
        long elapsedMs,
        String sql,
        String executedSql)
        implements GateResult {

    public Rows {
        columns = List.copyOf(columns);
        // List.copyOf refuses nulls, and SQL results are full of them.
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " values for " + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(executedSql, "executedSql");
    }

    @Override
    @JsonProperty("status")
    public String status() {
        return "rows";
    }

    /** How many rows came back (at most the row cap). */
    @JsonProperty("rowCount")
    public int rowCount() {
        return rows.size();
    }

    /** The index of the column called {@code name} (case-insensitive), or -1. */
    public int columnIndex(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}

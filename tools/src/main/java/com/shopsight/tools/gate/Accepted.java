package com.shopsight.tools.gate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * A query the gate would run, with what it found in it.
 *
 * @param sql the query as submitted
 * @param executedSql the query as the gate runs it (wrapped in the row cap)
 * @param columns the columns it returns, from DuckDB's binder, without running it
 * @param tables the catalog tables and views it reads, lower case, sorted
 * @param functions the functions it calls, lower case, sorted
 * @param parsers the parsers that read it: always "duckdb", and "jsqlparser" when that parser
 *     could read it too (it cannot read some valid DuckDB SQL, such as FROM-first queries)
 */
@JsonPropertyOrder({"status", "sql", "executedSql", "columns", "tables", "functions", "parsers"})
public record Accepted(
        String sql,
        String executedSql,
        List<Column> columns,
        List<String> tables,
        List<String> functions,
        List<String> parsers)
        implements GateCheck {

    public Accepted {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(executedSql, "executedSql");
        columns = List.copyOf(columns);
        tables = List.copyOf(tables);
        functions = List.copyOf(functions);
        parsers = List.copyOf(parsers);
    }

    @Override
    @JsonProperty("status")
    public String status() {
        return "accepted";
    }
}

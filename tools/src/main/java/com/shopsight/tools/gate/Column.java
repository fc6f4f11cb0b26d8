package com.shopsight.tools.gate;

import java.util.Objects;

/**
 * A column of a query result.
 *
 * @param name the column name as the query produced it
 * @param type DuckDB's name for its type ("VARCHAR", "BIGINT", "DECIMAL(18,3)", "DATE", "VARCHAR[]")
 */
public record Column(String name, String type) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}

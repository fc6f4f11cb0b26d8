package com.shopsight.tools.schema;

import com.shopsight.tools.ShopSightException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Identifier quoting and small query helpers for the learner's own SQL. */
final class Sql {
    private Sql() {}

    // DuckDB's reserved words (duckdb_keywords(), category reserved): these need quotes as names.
    private static final Set<String> RESERVED = Set.of("all", "analyse", "analyze", "and", "any", "array", "as",
            "asc", "asymmetric", "both", "case", "cast", "check", "collate", "column", "constraint", "create",
            "default", "deferrable", "desc", "describe", "distinct", "do", "else", "end", "except", "false",
            "fetch", "for", "foreign", "from", "grant", "group", "having", "in", "initially", "intersect", "into",
            "lateral", "leading", "limit", "offset", "on", "only", "or", "order", "pivot", "placing", "primary",
            "qualify", "references", "returning", "select", "show", "some", "summarize", "symmetric", "table",
            "then", "to", "trailing", "true", "union", "unique", "unpivot", "using", "variadic", "when", "where",
            "window", "with", "join", "left", "right", "inner", "outer", "full", "cross", "natural", "null", "not",
            "is", "like", "ilike", "between", "exists", "over", "filter", "interval", "user", "values");

    /** Always quoted: for the learner's own queries, safe for any name. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** Quoted only when it must be: for SQL that people and LLMs read. */
    static String name(String identifier) {
        boolean plain = identifier.matches("[A-Za-z_][A-Za-z0-9_]*")
                && !RESERVED.contains(identifier.toLowerCase(Locale.ROOT));
        return plain ? identifier : quote(identifier);
    }

    /** {@code table.column}, each part quoted only when it must be. */
    static String qualified(String table, String column) {
        return name(table) + "." + name(column);
    }

    /** Every row of a query, each as an array of JDBC objects. */
    static List<Object[]> rows(Connection conn, String sql) {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            List<Object[]> rows = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new ShopSightException("Schema learning query failed: " + e.getMessage() + "\nSQL: " + sql, e);
        }
    }

    /** The single row of an aggregate query. */
    static Object[] row(Connection conn, String sql) {
        return rows(conn, sql).get(0);
    }

    /** A DuckDB list value (a JDBC Array) as strings. */
    static List<String> strings(Object list) {
        if (list == null) {
            return List.of();
        }
        try {
            Object[] values = list instanceof Array a ? (Object[]) a.getArray() : (Object[]) list;
            return Arrays.stream(values).map(String::valueOf).toList();
        } catch (SQLException e) {
            throw new ShopSightException("Cannot read a DuckDB list: " + e.getMessage(), e);
        }
    }

    static long asLong(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static Double asDouble(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    static String asString(Object value) {
        return value == null ? null : value.toString();
    }
}

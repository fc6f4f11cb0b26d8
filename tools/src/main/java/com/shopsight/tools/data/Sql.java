package com.shopsight.tools.data;

import com.shopsight.tools.ShopSightException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Quoting and small query helpers for the SQL the loader builds itself. */
final class Sql {
    private Sql() {}

    /** Reads one row of a result. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** A string literal: paths and names go into table functions, which take no parameters here. */
    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** A quoted identifier, so the H&M names (FN, Active) keep their case. */
    static String ident(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** A list literal of strings: {@code ['a', 'b']}. */
    static String list(List<String> values) {
        return "[" + String.join(", ", values.stream().map(Sql::literal).toList()) + "]";
    }

    /** Runs a query the loader built, on data already checked; a failure means a broken environment. */
    static <T> List<T> query(Connection conn, String sql, RowReader<T> reader) {
        try {
            return queryOrThrow(conn, sql, reader);
        } catch (SQLException e) {
            throw new ShopSightException("DuckDB query failed: " + e.getMessage() + "\n  in: " + sql, e);
        }
    }

    /** Runs a query whose failure the caller turns into a problem with the user's files. */
    static <T> List<T> queryOrThrow(Connection conn, String sql, RowReader<T> reader) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(reader.read(rs));
            }
        }
        return rows;
    }

    /** A query returning one number. */
    static long number(Connection conn, String sql) {
        return query(conn, sql, rs -> rs.getLong(1)).get(0);
    }

    /** The first line of a DuckDB error: the rest repeats options and suggests fixes that do not apply. */
    static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage().strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}

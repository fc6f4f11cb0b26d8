package com.shopsight.tools.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers for reading query results in tests. */
public final class Sql {
    private Sql() {}

    /** The first column of the first row. */
    public static Object scalar(Connection conn, String sql) {
        List<List<Object>> rows = rows(conn, sql);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    /** The first column of the first row as a double. */
    public static double number(Connection conn, String sql) {
        return ((Number) scalar(conn, sql)).doubleValue();
    }

    /** Every row as a list of column values. */
    public static List<List<Object>> rows(Connection conn, String sql) {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            List<List<Object>> out = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                out.add(row);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " in: " + sql, e);
        }
    }

    /** A two-column result as a map from the first column (as text) to the second (as a double). */
    public static Map<String, Double> shares(Connection conn, String sql) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (List<Object> row : rows(conn, sql)) {
            out.put(String.valueOf(row.get(0)), ((Number) row.get(1)).doubleValue());
        }
        return out;
    }
}

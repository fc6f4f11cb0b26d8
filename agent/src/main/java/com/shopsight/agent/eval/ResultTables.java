package com.shopsight.agent.eval;

import com.shopsight.agent.answer.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Runs a query and returns its result as an answer {@link Table}, values in their JSON-friendly form. */
final class ResultTables {
    private ResultTables() {}

    /** The whole result of {@code sql}; the caller decides what a failure means. */
    static Table query(Connection conn, String sql) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            List<Table.Column> columns = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                columns.add(new Table.Column(md.getColumnLabel(i), md.getColumnTypeName(i)));
            }
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(plain(rs.getObject(i)));
                }
                rows.add(row);
            }
            return new Table(columns, rows);
        }
    }

    /** A JDBC value as the Answer contract carries it: numbers, booleans, text, ISO dates as text, null. */
    static Object plain(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Long
                || v instanceof Double || v instanceof BigDecimal || v instanceof BigInteger) {
            return v;
        }
        if (v instanceof Number n) {
            if (n instanceof Float) {
                return n.doubleValue();
            }
            return n instanceof Short || n instanceof Byte ? (Object) n.intValue() : n.toString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof java.sql.Timestamp t) {
            return moment(t.toLocalDateTime());
        }
        if (v instanceof LocalDateTime t) {
            return moment(t);
        }
        return v.toString();
    }

    private static String moment(LocalDateTime t) {
        return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
    }
}

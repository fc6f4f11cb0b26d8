package com.shopsight.tools.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one way the analytic tools run SQL. Each call names the row cap and time limit it
 * needs; a query that is refused, fails or runs out of time becomes a {@link ProblemException}
 * with the database's message, so a tool reports it instead of crashing.
 *
 * <p>Interim: until the SQL gate lands this runs on a plain read-only JDBC connection; with the
 * gate it becomes a thin wrapper over {@code SqlGate.run(sql, limits, context)}, and no tool
 * changes.
 */
public final class Queries {
    private final Connection connection;
    private final String tool;

    /** Queries for {@code tool} ("forecast"), which the audit log records as its surface. */
    public Queries(Connection connection, String tool) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.tool = Objects.requireNonNull(tool, "tool");
    }

    /** The tool these queries run for. */
    public String tool() {
        return tool;
    }

    /** Runs {@code sql}, reading at most {@code maxRows} rows. */
    public Table run(String sql, int maxRows, Duration timeout) {
        try (Statement st = connection.createStatement()) {
            st.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
            try (ResultSet rs = st.executeQuery(sql)) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    columns.add(md.getColumnName(i));
                }
                List<List<Object>> rows = new ArrayList<>();
                boolean truncated = false;
                while (rs.next()) {
                    if (rows.size() == maxRows) {
                        truncated = true;
                        break;
                    }
                    List<Object> row = new ArrayList<>(columns.size());
                    for (int i = 1; i <= columns.size(); i++) {
                        row.add(plain(rs.getObject(i)));
                    }
                    rows.add(row);
                }
                return new Table(columns, rows, truncated, sql);
            }
        } catch (SQLException e) {
            throw new ProblemException(Problem.Kind.SQL_REJECTED, e.getMessage(), null, sql);
        }
    }

    private static Object plain(Object v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        return v;
    }
}

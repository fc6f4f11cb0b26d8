package com.shopsight.tools.gate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One of the gate's connections (a duplicate of the read-only, locked-down one), with DuckDB's
 * parser prepared on it. Used by one query at a time.
 */
final class Session implements AutoCloseable {
    private final Connection connection;
    private final PreparedStatement serializer;

    Session(Connection connection) throws SQLException {
        this.connection = connection;
        this.serializer = connection.prepareStatement("SELECT json_serialize_sql(?::VARCHAR)");
    }

    Connection connection() {
        return connection;
    }

    /** DuckDB's parse of {@code sql} as JSON: the statements, or an error object. It runs nothing. */
    String serialize(String sql) throws SQLException {
        serializer.setString(1, sql);
        try (ResultSet rs = serializer.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            serializer.close();
        } finally {
            connection.close();
        }
    }
}

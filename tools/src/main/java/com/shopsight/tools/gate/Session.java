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
    private static final String SERIALIZE = "SELECT json_serialize_sql(?::VARCHAR)";

    private final Connection connection;
    private PreparedStatement serializer;

    Session(Connection connection) throws SQLException {
        this.connection = connection;
        this.serializer = connection.prepareStatement(SERIALIZE);
    }

    Connection connection() {
        return connection;
    }

    /** DuckDB's parse of {@code sql} as JSON: the statements, or an error object. It runs nothing. */
    String serialize(String sql) throws SQLException {
        if (serializer.isClosed()) {
            // DuckDB's driver closes a statement that threw; prepare the parser again.
            serializer = connection.prepareStatement(SERIALIZE);
        }
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

package com.shopsight.tools.data;

import com.shopsight.tools.ShopSightException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The key/value table {@code meta.dataset} that says where a database's H&M data came from.
 * The loader writes {@code kind=real}, the generator {@code kind=synthetic}; keys both write:
 * {@code kind}, {@code source}, {@code rows.articles}, {@code rows.customers},
 * {@code rows.transactions}, {@code first_day}, {@code last_day}. It lives in its own schema
 * so that tools listing the H&M tables in {@code main} never see it.
 */
public final class DatasetMeta {
    /** The qualified table name. */
    public static final String TABLE = "meta.dataset";

    private DatasetMeta() {}

    /** Creates the table if needed and sets the given keys, replacing earlier values. */
    public static void write(Connection conn, Map<String, String> entries) {
        try (var st = conn.createStatement()) {
            st.execute("CREATE SCHEMA IF NOT EXISTS meta");
            st.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (key VARCHAR PRIMARY KEY, value VARCHAR)");
        } catch (SQLException e) {
            throw new ShopSightException("Cannot create " + TABLE + ": " + e.getMessage(), e);
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT OR REPLACE INTO " + TABLE + " VALUES (?, ?)")) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new ShopSightException("Cannot write " + TABLE + ": " + e.getMessage(), e);
        }
    }

    /** Every key and value, ordered by key; empty when the database has no such table. */
    public static Map<String, String> read(Connection conn) {
        boolean exists = Sql.number(conn, "SELECT count(*) FROM duckdb_tables() "
                + "WHERE database_name = current_database() AND schema_name = 'meta' AND table_name = 'dataset'") > 0;
        Map<String, String> out = new LinkedHashMap<>();
        if (exists) {
            Sql.query(conn, "SELECT key, value FROM " + TABLE + " ORDER BY key",
                    rs -> out.put(rs.getString(1), rs.getString(2)));
        }
        return out;
    }
}

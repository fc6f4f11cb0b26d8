package com.shopsight.tools.db;

import com.shopsight.tools.ShopSightException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

/**
 * Opens DuckDB databases the way ShopSight needs them. Extensions never auto-install or
 * auto-load, so a query can never make DuckDB reach the network on its own.
 */
public final class DuckDb {
    private DuckDb() {}

    /** Opens (creating if needed) a writable database: for generate, load and caches. */
    public static Connection openWritable(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return open(file, false, Map.of());
        } catch (java.io.IOException e) {
            throw new ShopSightException("Cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
    }

    /** Opens an existing database read-only; says how to make one when it is missing. */
    public static Connection openReadOnly(Path file) {
        return openReadOnly(file, Map.of());
    }

    /**
     * Opens an existing database read-only with DuckDB settings applied as it starts
     * ({@code memory_limit}, {@code threads}, {@code lock_configuration}, ...). In one process
     * DuckDB shares an instance per file, so every opening of a file must ask for the same
     * settings while any connection to it is open.
     */
    public static Connection openReadOnly(Path file, Map<String, String> settings) {
        requireExists(file);
        return open(file, true, settings);
    }

    /** Throws {@link DatabaseMissingException} unless the database file exists. */
    public static void requireExists(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DatabaseMissingException(file);
        }
    }

    /** An in-memory database, for tests and scratch work. */
    public static Connection openInMemory() {
        return open(null, false, Map.of());
    }

    private static Connection open(Path file, boolean readOnly, Map<String, String> settings) {
        Properties props = new Properties();
        props.putAll(settings);
        if (readOnly) {
            props.setProperty("duckdb.read_only", "true");
        }
        props.setProperty("autoinstall_known_extensions", "false");
        props.setProperty("autoload_known_extensions", "false");
        String url = file == null ? "jdbc:duckdb:" : "jdbc:duckdb:" + file.toAbsolutePath();
        try {
            return DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            throw new ShopSightException("Cannot open DuckDB database "
                    + (file == null ? "(in memory)" : file) + ": " + e.getMessage(), e);
        }
    }

    /** Runs statements that return nothing, wrapping failures with the statement that failed. */
    public static void execute(Connection conn, String... statements) {
        try (Statement st = conn.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new ShopSightException("DuckDB statement failed: " + e.getMessage(), e);
        }
    }
}

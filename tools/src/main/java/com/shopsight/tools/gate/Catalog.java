package com.shopsight.tools.gate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tables and views of the database's main schema with their columns, and the names of
 * every function DuckDB has. Read once when the gate opens: the database is read-only, so
 * neither can change while the gate is open.
 */
final class Catalog {
    /** A table or view of the main schema. */
    record Table(String name, boolean view, List<Column> columns) {
        Table {
            columns = List.copyOf(columns);
        }

        List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }
    }

    private final String databaseName;
    private final Map<String, Table> tables;
    private final Set<String> functionNames;
    private final Set<String> systemViews;

    private Catalog(String databaseName, Map<String, Table> tables, Set<String> functionNames, Set<String> systemViews) {
        this.databaseName = databaseName;
        this.tables = tables;
        this.functionNames = Set.copyOf(functionNames);
        this.systemViews = Set.copyOf(systemViews);
    }

    static Catalog read(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            String database;
            try (ResultSet rs = st.executeQuery("SELECT current_database()")) {
                rs.next();
                database = rs.getString(1);
            }
            Map<String, List<Column>> columns = new LinkedHashMap<>();
            Map<String, Boolean> views = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery(
                    "SELECT c.table_name, c.column_name, c.data_type, v.view_name IS NOT NULL "
                            + "FROM duckdb_columns() c LEFT JOIN duckdb_views() v "
                            + "ON v.database_name = c.database_name AND v.schema_name = c.schema_name AND v.view_name = c.table_name "
                            + "WHERE c.database_name = current_database() AND c.schema_name = 'main' AND NOT c.internal "
                            + "ORDER BY c.table_name, c.column_index")) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    columns.computeIfAbsent(table, t -> new ArrayList<>()).add(new Column(rs.getString(2), rs.getString(3)));
                    views.put(table, rs.getBoolean(4));
                }
            }
            Map<String, Table> tables = new LinkedHashMap<>();
            columns.forEach((name, cols) -> tables.put(name.toLowerCase(Locale.ROOT), new Table(name, views.get(name), cols)));
            Set<String> functions = new TreeSet<>();
            try (ResultSet rs = st.executeQuery("SELECT DISTINCT lower(function_name) FROM duckdb_functions()")) {
                while (rs.next()) {
                    functions.add(rs.getString(1));
                }
            }
            Set<String> systemViews = new TreeSet<>();
            try (ResultSet rs = st.executeQuery("SELECT DISTINCT lower(view_name) FROM duckdb_views() WHERE internal")) {
                while (rs.next()) {
                    systemViews.add(rs.getString(1));
                }
            }
            return new Catalog(database, Map.copyOf(tables), functions, systemViews);
        }
    }

    /** The name DuckDB knows this database by (the file name without extension). */
    String databaseName() {
        return databaseName;
    }

    /** The table or view called {@code name}, in any case. */
    Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The names of all tables and views, sorted. */
    List<String> tableNames() {
        return tables.values().stream().map(Table::name).sorted().toList();
    }

    /** Whether {@code name} is one of DuckDB's built-in views (duckdb_tables, sqlite_master, ...). */
    boolean isSystemView(String name) {
        return systemViews.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Every function name DuckDB has, lower case, allowed or not. */
    Set<String> functionNames() {
        return functionNames;
    }
}

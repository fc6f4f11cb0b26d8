package com.shopsight.tools.schema;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables, columns and constraints of a database's main schema, as its catalog declares
 * them. Other schemas (for example {@code meta}, the dataset tools' bookkeeping) are left out.
 */
record Catalog(List<Table> tables) {

    Catalog {
        tables = List.copyOf(tables);
    }

    /** A table or view with its columns in declared order. */
    record Table(String name, String kind, List<Column> columns, List<String> declaredKey, List<ForeignKey> foreignKeys) {
        Table {
            columns = List.copyOf(columns);
            declaredKey = List.copyOf(declaredKey);
            foreignKeys = List.copyOf(foreignKeys);
        }
    }

    /** A column with its DuckDB type. */
    record Column(String name, String type) {
        TypeFamily family() {
            return TypeFamily.of(type);
        }
    }

    /** A declared single-column FOREIGN KEY. */
    record ForeignKey(String column, String toTable, String toColumn) {}

    static Catalog read(Connection conn) {
        String where = " WHERE table_schema = 'main' AND table_catalog = current_database()";
        Map<String, String> kinds = new LinkedHashMap<>();
        for (Object[] r : Sql.rows(conn, "SELECT table_name, table_type FROM information_schema.tables" + where
                + " ORDER BY table_name")) {
            kinds.put((String) r[0], "VIEW".equals(r[1]) ? "view" : "table");
        }
        Map<String, List<Column>> columns = new LinkedHashMap<>();
        for (Object[] r : Sql.rows(conn, "SELECT table_name, column_name, data_type FROM information_schema.columns"
                + where + " ORDER BY table_name, ordinal_position")) {
            columns.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new Column((String) r[1], (String) r[2]));
        }
        Map<String, List<String>> keys = new LinkedHashMap<>();
        Map<String, List<ForeignKey>> fks = new LinkedHashMap<>();
        for (Object[] r : Sql.rows(conn, "SELECT table_name, constraint_type, constraint_column_names,"
                + " referenced_table, referenced_column_names FROM duckdb_constraints()"
                + " WHERE schema_name = 'main' AND database_name = current_database()"
                + " AND constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')"
                + " ORDER BY table_name, constraint_index")) {
            List<String> cols = Sql.strings(r[2]);
            String table = (String) r[0];
            if ("FOREIGN KEY".equals(r[1])) {
                List<String> refs = Sql.strings(r[4]);
                // Composite keys are rare in analytic data; a single-column join path is what the doc can state.
                if (cols.size() == 1 && refs.size() == 1) {
                    fks.computeIfAbsent(table, k -> new ArrayList<>()).add(new ForeignKey(cols.get(0), (String) r[3], refs.get(0)));
                }
            } else if (!keys.containsKey(table) || "PRIMARY KEY".equals(r[1])) {
                keys.put(table, cols);
            }
        }
        List<Table> tables = new ArrayList<>();
        kinds.forEach((name, kind) -> tables.add(new Table(name, kind, columns.getOrDefault(name, List.of()),
                keys.getOrDefault(name, List.of()), fks.getOrDefault(name, List.of()))));
        return new Catalog(tables);
    }
}

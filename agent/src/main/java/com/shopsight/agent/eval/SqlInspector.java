package com.shopsight.agent.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.db.DuckDb;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SQL without running it on the data: whether a query orders its result at the top
 * level, and which tables and columns it names that the dataset does not have. It works on
 * an in-memory DuckDB holding empty tables shaped like the dataset's (so the real database
 * need not stay open, and DuckDB's own binder is the judge), locked against files and network.
 */
final class SqlInspector implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    // DuckDB's binder and catalog messages for names that do not exist; other errors are not about names.
    private static final List<Pattern> UNKNOWN = List.of(
            Pattern.compile("Table with name \"?([^\"\\s!]+)\"? does not exist"),
            Pattern.compile("Referenced column \"([^\"]+)\" not found"),
            Pattern.compile("Table \"([^\"]+)\" does not have a column named \"([^\"]+)\""),
            Pattern.compile("Referenced table \"([^\"]+)\" not found"));

    private final Connection shadow;

    private SqlInspector(Connection shadow) {
        this.shadow = shadow;
    }

    /** An inspector for the tables of {@code data}'s main schema (the only one agents see). */
    static SqlInspector of(Connection data) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        String sql = "SELECT table_name, column_name, data_type FROM information_schema.columns"
                + " WHERE table_schema = 'main' ORDER BY table_name, ordinal_position";
        try (Statement st = data.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>())
                        .add(quote(rs.getString(2)) + " " + rs.getString(3));
            }
        } catch (SQLException e) {
            throw new ShopSightException("Cannot read the tables of the database: " + e.getMessage(), e);
        }
        Connection shadow = DuckDb.openInMemory();
        List<String> ddl = new ArrayList<>();
        tables.forEach((name, columns) -> ddl.add("CREATE TABLE " + quote(name) + " (" + String.join(", ", columns) + ")"));
        ddl.add("SET enable_external_access = false");
        ddl.add("SET lock_configuration = true");
        try {
            DuckDb.execute(shadow, ddl.toArray(String[]::new));
        } catch (RuntimeException e) {
            closeQuietly(shadow, e);
            throw e;
        }
        return new SqlInspector(shadow);
    }

    /** Whether {@code sql} is exactly one SELECT (or WITH ... SELECT), nothing before or after it. */
    boolean isOneQuery(String sql) {
        return tree(sql).isPresent();
    }

    /** Whether {@code sql} is one query whose result is sorted by an ORDER BY at its top level. */
    boolean ordersAtTop(String sql) {
        return tree(sql).map(node -> {
            for (JsonNode m : node.path("modifiers")) {
                if ("ORDER_MODIFIER".equals(m.path("type").asText())) {
                    return true;
                }
            }
            return false;
        }).orElse(false);
    }

    /**
     * The tables and columns {@code sql} names that the dataset does not have, as DuckDB's
     * binder reports them ("table sales", "column colour"); empty when every name exists or
     * when the SQL is not one query (the gate's business, not a naming mistake). The binder
     * stops at the first unknown name, so at most one is reported per query.
     */
    List<String> unknownNames(String sql) {
        if (tree(sql).isEmpty()) {
            return List.of();
        }
        try (PreparedStatement ignored = shadow.prepareStatement(sql)) {
            return List.of();
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            for (int i = 0; i < UNKNOWN.size(); i++) {
                Matcher m = UNKNOWN.get(i).matcher(message);
                if (m.find()) {
                    return List.of(switch (i) {
                        case 0 -> "table " + m.group(1);
                        case 1 -> "column " + m.group(1);
                        case 2 -> "column " + m.group(1) + "." + m.group(2);
                        default -> "table " + m.group(1);
                    });
                }
            }
            return List.of();
        }
    }

    /** The top node of {@code sql}'s syntax tree when it is exactly one SELECT. */
    private Optional<JsonNode> tree(String sql) {
        try (PreparedStatement ps = shadow.prepareStatement("SELECT json_serialize_sql(?::VARCHAR)")) {
            ps.setString(1, sql);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                JsonNode root = JSON.readTree(rs.getString(1));
                JsonNode statements = root.path("statements");
                if (root.path("error").asBoolean(true) || statements.size() != 1) {
                    return Optional.empty();
                }
                return Optional.of(statements.get(0).path("node"));
            }
        } catch (SQLException | java.io.IOException e) {
            throw new ShopSightException("Cannot parse SQL with DuckDB: " + e.getMessage(), e);
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static void closeQuietly(Connection c, Exception cause) {
        try {
            c.close();
        } catch (SQLException suppressed) {
            cause.addSuppressed(suppressed);
        }
    }

    @Override
    public void close() {
        try {
            shadow.close();
        } catch (SQLException e) {
            throw new ShopSightException("Cannot close the SQL inspector: " + e.getMessage(), e);
        }
    }
}

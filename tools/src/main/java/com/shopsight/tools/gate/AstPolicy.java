package com.shopsight.tools.gate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Walks DuckDB's parse tree of a query and refuses what the gate does not allow. It is an
 * allow-list at every level: query nodes, FROM items and expression classes it does not know
 * are refused, so a construct added by a later DuckDB cannot slip through unexamined. Table
 * references must be catalog tables or CTEs in scope; functions must be on the allow-list.
 */
final class AstPolicy {
    /** The catalog tables and the functions a query uses, lower case. */
    record Findings(Set<String> tables, Set<String> functions) {}

    private static final Set<String> QUERY_NODES = Set.of("SELECT_NODE", "SET_OPERATION_NODE", "RECURSIVE_CTE_NODE");
    private static final Set<String> FROM_ITEMS =
            Set.of("BASE_TABLE", "JOIN", "SUBQUERY", "TABLE_FUNCTION", "EXPRESSION_LIST", "PIVOT", "EMPTY");
    private static final Set<String> EXPRESSIONS = Set.of("BETWEEN", "CASE", "CAST", "COLLATE", "COLUMN_REF",
            "COMPARISON", "CONJUNCTION", "CONSTANT", "FUNCTION", "LAMBDA", "LAMBDA_REF", "OPERATOR",
            "POSITIONAL_REFERENCE", "STAR", "SUBQUERY", "TYPE", "WINDOW");
    private static final String FORBIDDEN_TABLE_HINT =
            "Query the database's tables; files, URLs, other databases and system catalogs cannot be read.";

    private final Catalog catalog;
    private final FunctionPolicy policy;

    AstPolicy(Catalog catalog, FunctionPolicy policy) {
        this.catalog = catalog;
        this.policy = policy;
    }

    /** Checks the query {@code node} parsed from {@code sql}; positions refer to {@code sql}. */
    Findings check(JsonNode node, String sql) throws Refusal {
        if (!node.has("modifiers") || !QUERY_NODES.contains(node.path("type").asText())) {
            throw DuckDbParser.forbiddenStatement(SqlText.scan(sql).firstWord(), sql);
        }
        Walk walk = new Walk(sql);
        walk.value(node, List.of());
        return new Findings(walk.usedTables, walk.usedFunctions);
    }

    /** Whether a name where a table belongs is really a path or URL: '/etc/passwd', 'x.csv', 's3://b/k'. */
    static boolean looksLikeFile(String name) {
        return name.isEmpty() || name.startsWith("~") || name.chars().anyMatch(c -> c == '/' || c == '\\' || c == ':' || c == '.');
    }

    private final class Walk {
        private final String sql;
        private final Set<String> usedTables = new TreeSet<>();
        private final Set<String> usedFunctions = new TreeSet<>();

        Walk(String sql) {
            this.sql = sql;
        }

        /** {@code ctes}: the CTE names in scope, lower case. */
        void value(JsonNode n, List<String> ctes) throws Refusal {
            if (n.isArray()) {
                for (JsonNode item : n) {
                    value(item, ctes);
                }
            } else if (n.isObject()) {
                if (n.has("class")) {
                    expression(n, ctes);
                } else if (n.has("modifiers") && n.has("type")) {
                    query(n, ctes);
                } else if (n.has("sample") && n.has("type")) {
                    fromItem(n, ctes);
                } else {
                    children(n, ctes, null);
                }
            }
        }

        private void children(JsonNode n, List<String> ctes, String skip) throws Refusal {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getKey().equals(skip)) {
                    value(field.getValue(), ctes);
                }
            }
        }

        private void query(JsonNode n, List<String> outer) throws Refusal {
            String type = n.path("type").asText();
            if (!QUERY_NODES.contains(type)) {
                throw new Refusal(Rejected.Kind.INVALID_QUERY, "unsupported query construct " + type, null, null, sql);
            }
            // A CTE sees the CTEs before it and itself (for WITH RECURSIVE); the body sees all.
            List<String> scope = new ArrayList<>(outer);
            for (JsonNode entry : n.path("cte_map").path("map")) {
                String name = entry.path("key").asText();
                if (catalog.table(name).isEmpty() && catalog.isSystemView(name)) {
                throw new Refusal(Rejected.Kind.FORBIDDEN_TABLE, name + " is a system catalog, not a table of this database",
                        FORBIDDEN_TABLE_HINT + " Tables: " + String.join(", ", catalog.tableNames()) + ".", at(n), sql);
            }
            if (looksLikeFile(name)) {
                    throw new Refusal(Rejected.Kind.FORBIDDEN_TABLE,
                            "a CTE cannot be named like a file: \"" + name + "\"", "Name CTEs with plain words.", null, sql);
                }
                scope.add(name.toLowerCase(Locale.ROOT));
                value(entry.path("value"), List.copyOf(scope));
            }
            children(n, List.copyOf(scope), "cte_map");
        }

        private void fromItem(JsonNode n, List<String> ctes) throws Refusal {
            String type = n.path("type").asText();
            if (type.equals("SHOW_REF")) {
                throw DuckDbParser.forbiddenStatement(SqlText.scan(sql).firstWord(), sql);
            }
            if (!FROM_ITEMS.contains(type)) {
                throw new Refusal(Rejected.Kind.INVALID_QUERY, "unsupported FROM item " + type, null, at(n), sql);
            }
            if (type.equals("BASE_TABLE")) {
                table(n, ctes);
            }
            if (type.equals("TABLE_FUNCTION")) {
                JsonNode function = n.path("function");
                function(function, true, at(n));
                children(function, ctes, null);
                children(n, ctes, "function");
                return;
            }
            children(n, ctes, null);
        }

        private void expression(JsonNode n, List<String> ctes) throws Refusal {
            String kind = n.path("class").asText();
            if (kind.equals("PARAMETER")) {
                throw new Refusal(Rejected.Kind.INVALID_QUERY, "query parameters ($1, ?) are not supported",
                        "Write the values into the SQL.", at(n), sql);
            }
            if (!EXPRESSIONS.contains(kind)) {
                throw new Refusal(Rejected.Kind.INVALID_QUERY, "unsupported expression " + kind, null, at(n), sql);
            }
            if (kind.equals("FUNCTION") || kind.equals("WINDOW")) {
                function(n, false, at(n));
            }
            children(n, ctes, null);
        }

        private void table(JsonNode n, List<String> ctes) throws Refusal {
            String catalogName = n.path("catalog_name").asText("");
            String schema = n.path("schema_name").asText("");
            String name = n.path("table_name").asText("");
            String lower = name.toLowerCase(Locale.ROOT);
            if (catalogName.isEmpty() && schema.isEmpty() && ctes.contains(lower)) {
                return;
            }
            String qualified = String.join(".", List.of(catalogName, schema, name).stream().filter(s -> !s.isEmpty()).toList());
            if (!ownCatalog(catalogName, schema)) {
                throw new Refusal(Rejected.Kind.FORBIDDEN_TABLE, qualified + " is not a table of this database",
                        FORBIDDEN_TABLE_HINT + " Tables: " + String.join(", ", catalog.tableNames()) + ".", at(n), sql);
            }
            if (catalog.table(name).isEmpty() && catalog.isSystemView(name)) {
                throw new Refusal(Rejected.Kind.FORBIDDEN_TABLE, name + " is a system catalog, not a table of this database",
                        FORBIDDEN_TABLE_HINT + " Tables: " + String.join(", ", catalog.tableNames()) + ".", at(n), sql);
            }
            if (looksLikeFile(name)) {
                throw new Refusal(Rejected.Kind.FORBIDDEN_TABLE, "reading files is not allowed: '" + name + "' is not a table",
                        FORBIDDEN_TABLE_HINT + " Tables: " + String.join(", ", catalog.tableNames()) + ".", at(n), sql);
            }
            if (catalog.table(name).isEmpty()) {
                List<String> known = new ArrayList<>(catalog.tableNames());
                known.addAll(ctes);
                List<String> near = Suggestions.nearest(name, known, 3);
                throw new Refusal(Rejected.Kind.UNKNOWN_TABLE,
                        "no table " + name + (near.isEmpty() ? "" : "; did you mean " + near.get(0) + "?"),
                        "Tables: " + String.join(", ", catalog.tableNames()) + ".", at(n), sql);
            }
            usedTables.add(catalog.table(name).get().name().toLowerCase(Locale.ROOT));
        }

        /** Unqualified, or qualified with this database's own name and its main schema. */
        private boolean ownCatalog(String catalogName, String schema) {
            String db = catalog.databaseName();
            boolean catalogOk = catalogName.isEmpty() || catalogName.equalsIgnoreCase(db);
            boolean schemaOk = schema.isEmpty() || schema.equalsIgnoreCase("main")
                    || (catalogName.isEmpty() && schema.equalsIgnoreCase(db));
            return catalogOk && schemaOk;
        }

        private void function(JsonNode n, boolean inFrom, Integer at) throws Refusal {
            String name = n.path("function_name").asText("");
            String schema = n.path("schema").asText("");
            String catalogName = n.path("catalog").asText("");
            if (!schema.isEmpty() || !catalogName.isEmpty()) {
                throw new Refusal(Rejected.Kind.FORBIDDEN_FUNCTION,
                        "qualified function names are not allowed: " + String.join(".", schema, name),
                        "Call the function by its bare name: " + name + "(...).", at, sql);
            }
            FunctionPolicy.Verdict verdict = inFrom ? policy.table(name) : policy.scalar(name);
            switch (verdict) {
                case ALLOWED -> {
                    usedFunctions.add(name.toLowerCase(Locale.ROOT));
                    if (!inFrom) {
                        SizeGuard.check(n, name.toLowerCase(Locale.ROOT), sql, at);
                    }
                }
                case FORBIDDEN -> throw inFrom
                        ? new Refusal(Rejected.Kind.FORBIDDEN_FUNCTION, "table function " + name + " is not allowed",
                                "Only " + String.join(", ", policy.allowedTable()) + " may stand in FROM. " + FORBIDDEN_TABLE_HINT, at, sql)
                        : new Refusal(Rejected.Kind.FORBIDDEN_FUNCTION, "function " + name + " is not allowed",
                                "Use functions for analysis: aggregate, window, date, string, math, conditional, list, regexp, JSON values.", at, sql);
                case UNKNOWN -> {
                    List<String> near = Suggestions.nearest(name, inFrom ? policy.allowedTable() : policy.allowedScalar(), 3);
                    throw new Refusal(Rejected.Kind.UNKNOWN_FUNCTION,
                            "no " + (inFrom ? "table " : "") + "function " + name + (near.isEmpty() ? "" : "; did you mean " + near.get(0) + "?"),
                            near.size() > 1 ? "Similar functions: " + String.join(", ", near) + "." : null, at, sql);
                }
            }
        }

        private Integer at(JsonNode n) {
            JsonNode loc = n.path("query_location");
            return loc.canConvertToLong() ? Utf8.charIndex(sql, loc.asLong()) : null;
        }
    }
}

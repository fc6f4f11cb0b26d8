package com.shopsight.tools.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopsight.tools.ShopSightException;
import java.sql.SQLException;

/**
 * DuckDB's own parser, reached through {@code json_serialize_sql}: the authority on whether a
 * text is exactly one query, and the tree the gate inspects. The function only serialises
 * SELECT statements, so anything else comes back as an error without being run.
 */
final class DuckDbParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DuckDbParser() {}

    /** The parse tree of the one query in {@code sql}; {@code text} is its lexical scan. */
    static JsonNode parse(Session session, String sql, SqlText text) throws Refusal, SQLException {
        JsonNode tree = read(session.serialize(sql));
        if (tree.path("error").asBoolean(false)) {
            throw refusal(tree, sql, text);
        }
        JsonNode statements = tree.path("statements");
        if (statements.size() != 1) {
            throw multipleStatements(sql, text);
        }
        return statements.get(0).path("node");
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ShopSightException("DuckDB's parser returned JSON the gate cannot read: " + e.getMessage(), e);
        }
    }

    private static Refusal refusal(JsonNode error, String sql, SqlText text) {
        String type = error.path("error_type").asText("");
        String message = error.path("error_message").asText("DuckDB could not parse the query");
        if (type.equals("not implemented")) {
            // DuckDB refuses the whole text when any of its statements is not a query.
            return text.secondStatementAt() >= 0 ? multipleStatements(sql, text) : forbiddenStatement(text.firstWord(), sql);
        }
        Integer at = error.has("position") ? Utf8.charIndex(sql, error.path("position").asLong(-1)) : null;
        String hint = message.contains("lambda")
                ? "DuckDB writes lambdas as lambda x: x + 1, not x -> x + 1."
                : "Check the SQL near the position given; the gate speaks DuckDB's dialect.";
        return new Refusal(Rejected.Kind.SYNTAX, message, hint, at, sql);
    }

    static Refusal multipleStatements(String sql, SqlText text) {
        Integer at = text.secondStatementAt() >= 0 ? text.secondStatementAt() : null;
        return new Refusal(Rejected.Kind.MULTIPLE_STATEMENTS, "only one statement at a time; a second one starts after the semicolon",
                "Send a single query, with nothing after its semicolon.", at, sql);
    }

    /** Everything json_serialize_sql refuses to serialise is a statement other than a query. */
    static Refusal forbiddenStatement(String keyword, String sql) {
        String what = keyword.isEmpty() ? "this statement" : keyword + " statements";
        String hint = switch (keyword) {
            case "PIVOT" -> "A PIVOT needs its values listed to be a single query: PIVOT t ON col IN ('a', 'b') USING sum(x).";
            case "EXPLAIN", "DESCRIBE", "SHOW", "SUMMARIZE" ->
                    "Ask for data with a query; the schema doc lists the tables and columns.";
            default -> "Send one read-only query: SELECT, WITH ... SELECT, FROM ..., VALUES or PIVOT ... IN (...). "
                    + "Nothing can be created, changed, copied, attached, loaded or configured.";
        };
        return new Refusal(Rejected.Kind.FORBIDDEN_STATEMENT,
                what + " are not allowed: the gate runs exactly one read-only query", hint, 0, sql);
    }
}

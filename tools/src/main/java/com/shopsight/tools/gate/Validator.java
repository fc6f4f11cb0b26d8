package com.shopsight.tools.gate;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The static half of the gate: from submitted text to the capped SQL that may run. Size
 * limits, DuckDB's parse and the walk of its tree, JSqlParser's second opinion, the row cap,
 * and a second DuckDB parse of the capped text whenever trimming took more than whitespace.
 */
final class Validator {
    /** Far beyond any analytic query a person or an LLM writes; refused before any parser sees it. */
    static final int MAX_SQL_CHARS = 20_000;
    /** Parenthesis nesting allowed; real queries stay under ten, parser bombs go to thousands. */
    static final int MAX_DEPTH = 64;

    /** A query that passed, ready to run. */
    record Plan(String sql, String executedSql, AstPolicy.Findings findings, boolean jsqlParsed) {}

    private final AstPolicy policy;
    private final JSqlSecondOpinion secondOpinion;

    Validator(Catalog catalog, FunctionPolicy functions, ScheduledExecutorService timer) {
        this.policy = new AstPolicy(catalog, functions);
        this.secondOpinion = new JSqlSecondOpinion(timer, catalog, functions);
    }

    Plan validate(Session session, String sql, int cap) throws Refusal {
        if (sql.length() > MAX_SQL_CHARS) {
            throw new Refusal(Rejected.Kind.TOO_LARGE, "the query is " + sql.length() + " characters long; the gate takes at most " + MAX_SQL_CHARS,
                    "Send a shorter query: aggregate in SQL instead of listing values.", null, sql);
        }
        SqlText text = SqlText.scan(sql);
        if (text.body().isBlank()) {
            throw new Refusal(Rejected.Kind.SYNTAX, "the query is empty", "Send one SELECT query.", null, sql);
        }
        if (text.depth() > MAX_DEPTH) {
            throw new Refusal(Rejected.Kind.TOO_LARGE, "parentheses nest " + text.depth() + " levels deep; the gate takes at most " + MAX_DEPTH,
                    "Flatten the query with CTEs.", null, sql);
        }
        AstPolicy.Findings findings = policy.check(parse(session, sql, text), sql);
        boolean jsqlParsed = secondOpinion.review(sql);
        String executed = RowCap.wrap(text.body(), cap);
        if (text.trimmedMoreThanSpace()) {
            // The trimming is ours, not DuckDB's: the text that will run gets DuckDB's verdict too.
            try {
                policy.check(parse(session, executed, SqlText.scan(executed)), executed);
            } catch (Refusal r) {
                throw new Refusal(r.rejected().about(sql, null));
            }
        }
        return new Plan(sql, executed, findings, jsqlParsed);
    }

    private static JsonNode parse(Session session, String sql, SqlText text) throws Refusal {
        try {
            return DuckDbParser.parse(session, sql, text);
        } catch (SQLException e) {
            // json_serialize_sql reports bad SQL as an error object; an exception is still DuckDB's parser refusing it.
            throw new Refusal(Rejected.Kind.SYNTAX, String.valueOf(e.getMessage()).lines().findFirst().orElse("unparsable"),
                    "Check the SQL.", null, sql);
        }
    }
}

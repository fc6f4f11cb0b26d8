package com.shopsight.tools.gate;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** Accepted plans kept for identical text and row cap; see {@link #validate}. */
    static final int KEPT_PLANS = 512;

    private final AstPolicy policy;
    private final JSqlSecondOpinion secondOpinion;
    private final Map<PlanKey, Plan> accepted = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PlanKey, Plan> eldest) {
            return size() > KEPT_PLANS;
        }
    });

    private record PlanKey(String sql, int cap) {}

    Validator(Catalog catalog, FunctionPolicy functions, ScheduledExecutorService timer) {
        this.policy = new AstPolicy(catalog, functions);
        this.secondOpinion = new JSqlSecondOpinion(timer, catalog, functions);
    }

    /**
     * The plan for {@code sql} under {@code cap}, or a refusal. Every step depends only on the
     * text, the cap and this gate's catalog and function policy, which never change while the
     * gate is open, so a plan that passed every step (JSqlParser's included: one it had no
     * opinion on, perhaps through its watchdog, is checked afresh each time) is kept and given
     * again for the same text and cap. The offline planner sends the same few dozen texts over
     * and over; checking one costs about 1 to 4 ms of CPU (two DuckDB parses, JSqlParser, the
     * tree walks). Refusals are never kept.
     */
    Plan validate(Session session, String sql, int cap) throws Refusal {
        PlanKey key = new PlanKey(sql, cap);
        Plan kept = accepted.get(key);
        if (kept != null) {
            return kept;
        }
        Plan plan = validateAfresh(session, sql, cap);
        if (plan.jsqlParsed()) {
            accepted.put(key, plan);
        }
        return plan;
    }

    private Plan validateAfresh(Session session, String sql, int cap) throws Refusal {
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
        return new Plan(sql, executed, new AstPolicy.Findings(Collections.unmodifiableSet(findings.tables()),
                Collections.unmodifiableSet(findings.functions())), jsqlParsed);
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

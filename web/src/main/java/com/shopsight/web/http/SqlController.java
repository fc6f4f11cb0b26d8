package com.shopsight.web.http;

import com.shopsight.agent.conversation.ConversationStore;
import com.shopsight.tools.gate.GateResult;
import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.QueryLimits;
import com.shopsight.tools.gate.Rejected;
import com.shopsight.tools.gate.Rows;
import com.shopsight.tools.gate.SqlGate;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * POST /api/sql: one read-only query through the SQL gate, as the SQL panel's edit-and-re-run
 * and API callers send it. Rows come back with 200; a refused or stopped query with 422 and
 * the gate's explanation (code, message, hint, position) so the page can point at the problem.
 */
final class SqlController {
    /** The most rows one call returns: the page shows them all in a table. */
    static final int MAX_ROWS = 1_000;
    /** Queries beyond this are refused by the gate anyway ("too_large"); this keeps bodies small. */
    static final int MAX_SQL = 20_000;

    /**
     * The body.
     *
     * @param sql one SELECT (or WITH ... SELECT) in DuckDB's dialect
     * @param maxRows the row cap, 1 to {@link #MAX_ROWS} (default {@link #MAX_ROWS})
     * @param conversationId the conversation the query belongs to, for the audit log, or null
     */
    record SqlRequest(String sql, Integer maxRows, String conversationId) {}

    private final SqlGate gate;

    SqlController(SqlGate gate) {
        this.gate = gate;
    }

    void run(Context ctx) {
        SqlRequest r = ctx.bodyValidator(SqlRequest.class)
                .check("sql", q -> q.sql() != null && !q.sql().isBlank(), "sql is required")
                .check("sql", q -> q.sql() == null || q.sql().length() <= MAX_SQL, "sql is longer than " + MAX_SQL + " characters")
                .check("maxRows", q -> q.maxRows() == null || (q.maxRows() >= 1 && q.maxRows() <= MAX_ROWS),
                        "maxRows must be between 1 and " + MAX_ROWS)
                .get();
        QueryLimits limits = gate.config().limits().withMaxRows(r.maxRows() == null ? MAX_ROWS : r.maxRows());
        String surface = "chat".equals(ctx.header("X-ShopSight-Client")) ? "chat" : "rest";
        // Only for the audit log: an id that is not one is left out rather than refused.
        String conversation = ConversationStore.validId(r.conversationId()) ? r.conversationId() : null;
        GateResult result = gate.run(r.sql(), limits, new QueryContext(surface, conversation));
        if (result instanceof Rows rows) {
            ctx.json(rows);
        } else {
            ctx.status(422).json(explain((Rejected) result));
        }
    }

    /** The gate's refusal as an API error: {code, message} plus what the SQL panel points with. */
    static Map<String, Object> explain(Rejected r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "rejected");
        body.put("code", r.kind().code());
        body.put("message", r.message());
        body.put("hint", r.hint());
        body.put("position", r.position());
        body.put("sql", r.sql());
        return body;
    }
}

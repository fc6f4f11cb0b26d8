package com.shopsight.agent.llm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopsight.agent.answer.Table;
import com.shopsight.tools.gate.Column;
import com.shopsight.tools.gate.GateResult;
import com.shopsight.tools.gate.QueryLimits;
import com.shopsight.tools.gate.Rejected;
import com.shopsight.tools.gate.Rows;
import com.shopsight.tools.gate.SqlGate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code run_sql}: the LLM's one way to query, through the SQL gate. A rejection (or a DuckDB
 * error, which the gate reports the same way) goes back to the LLM with its code, message,
 * hint and position so it can repair the query.
 */
final class SqlTool implements LlmTool {
    /** Rows the LLM reads at most; the Answer's table keeps all the gate returned. */
    static final int ROWS_SHOWN = 50;

    private final SqlGate gate;
    private final QueryLimits limits;

    SqlTool(SqlGate gate, QueryLimits limits) {
        this.gate = gate;
        this.limits = limits;
    }

    @Override
    public String name() {
        return "run_sql";
    }

    @Override
    public List<ToolParam> params() {
        return List.of(ToolParam.required("sql", ToolParam.Type.STRING), ToolParam.optional("purpose", ToolParam.Type.STRING));
    }

    @Override
    public ToolOutcome call(Args args, Session session) {
        String sql = args.text("sql");
        GateResult result = gate.run(sql, limits, session.queryContext());
        if (result instanceof Rows rows) {
            return new ToolOutcome.Done(json(rows), sql, rows.rowCount(), table(rows), null);
        }
        Rejected r = (Rejected) result;
        ObjectNode json = DataFence.JSON.createObjectNode().put("status", "rejected").put("code", r.kind().code())
                .put("message", r.message());
        if (r.hint() != null) {
            json.put("hint", r.hint());
        }
        if (r.position() != null) {
            json.put("position", r.position());
        }
        return new ToolOutcome.Failed(json, sql, r.describe());
    }

    static ObjectNode json(Rows rows) {
        ObjectNode json = DataFence.JSON.createObjectNode().put("status", "rows");
        ArrayNode columns = json.putArray("columns");
        for (Column c : rows.columns()) {
            columns.addObject().put("name", c.name()).put("type", c.type());
        }
        ArrayNode data = json.putArray("rows");
        rows.rows().stream().limit(ROWS_SHOWN).forEach(row -> data.add(DataFence.JSON.valueToTree(plain(row))));
        json.put("rowCount", rows.rowCount());
        json.put("truncated", rows.truncated());
        if (rows.rowCount() > ROWS_SHOWN) {
            json.put("note", "Only the first " + ROWS_SHOWN + " of " + rows.rowCount()
                    + " rows are shown here; the user sees them all. Aggregate or LIMIT to see what matters.");
        } else if (rows.truncated()) {
            json.put("note", "The query returned more rows than the cap of " + rows.rowCount() + "; aggregate or LIMIT.");
        }
        return json;
    }

    /** The gate's rows as the Answer's table, dates and times as ISO text. */
    static Table table(Rows rows) {
        List<Table.Column> columns = rows.columns().stream().map(c -> new Table.Column(c.name(), c.type())).toList();
        List<List<Object>> data = new ArrayList<>(rows.rowCount());
        rows.rows().forEach(row -> data.add(plain(row)));
        return new Table(columns, data);
    }

    private static List<Object> plain(List<Object> row) {
        List<Object> out = new ArrayList<>(row.size());
        for (Object v : row) {
            out.add(v instanceof Temporal ? v.toString() : v);
        }
        return out;
    }
}

package com.shopsight.agent.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopsight.tools.churn.ChurnParams;
import com.shopsight.tools.churn.ChurnResult;
import com.shopsight.tools.churn.ChurnTool;
import com.shopsight.tools.gate.SqlGate;
import java.util.List;

/** {@code churn_risk}: a churn model trained, checked on a later period, and the current customers most at risk. */
final class ChurnCall implements LlmTool {
    private final SqlGate gate;

    ChurnCall(SqlGate gate) {
        this.gate = gate;
    }

    @Override
    public String name() {
        return "churn_risk";
    }

    @Override
    public List<ToolParam> params() {
        return List.of(ToolParam.optional("churn_weeks", ToolParam.Type.INTEGER),
                ToolParam.optional("active_weeks", ToolParam.Type.INTEGER), ToolParam.optional("top", ToolParam.Type.INTEGER),
                ToolParam.optional("as_of", ToolParam.Type.STRING));
    }

    @Override
    public ToolOutcome call(Args args, Session session) {
        ChurnParams d = ChurnParams.defaults();
        int churnWeeks = args.integer("churn_weeks", d.churnWeeks());
        ChurnParams p = new ChurnParams(churnWeeks, args.integer("active_weeks", Math.max(churnWeeks, d.activeWeeks())),
                args.integer("top", d.top()), d.trainingSample(), args.date("as_of"), d.seed());
        ChurnResult result = new ChurnTool(gate, session.queryContext()).run(p);
        String last = ToolJson.lastSql(result.sql());
        if (result instanceof ChurnResult.ChurnRisk r) {
            ObjectNode json = ToolJson.limit(ToolJson.without(ToolJson.of(r), "sql"), "atRisk", 20);
            return new ToolOutcome.Done(json, last, r.atRisk().size(), ToolJson.tableFrom(ToolJson.of(r).get("atRisk")), null);
        }
        ChurnResult.Failed failed = (ChurnResult.Failed) result;
        return new ToolOutcome.Failed(ToolJson.without(ToolJson.of(failed), "sql"), last, failed.problem().describe());
    }
}

package com.shopsight.agent.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopsight.tools.forecast.ForecastParams;
import com.shopsight.tools.forecast.ForecastResult;
import com.shopsight.tools.forecast.ForecastTool;
import com.shopsight.tools.forecast.Frequency;
import com.shopsight.tools.forecast.Method;
import com.shopsight.tools.forecast.Metric;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.scope.Scope;
import java.util.ArrayList;
import java.util.List;

/** {@code forecast}: units or revenue of a scope (or any period/value query), some periods ahead, with intervals. */
final class ForecastCall implements LlmTool {
    private final SqlGate gate;

    ForecastCall(SqlGate gate) {
        this.gate = gate;
    }

    @Override
    public String name() {
        return "forecast";
    }

    @Override
    public List<ToolParam> params() {
        List<ToolParam> params = new ArrayList<>(List.of(ToolParam.oneOf("metric", false, List.of("units", "revenue"))));
        params.addAll(ScopeArgs.params());
        params.add(ToolParam.optional("sql", ToolParam.Type.STRING));
        params.add(ToolParam.oneOf("frequency", false, List.of("day", "week", "month", "quarter", "year")));
        params.add(ToolParam.optional("horizon", ToolParam.Type.INTEGER));
        return params;
    }

    @Override
    public ToolOutcome call(Args args, Session session) {
        String metric = args.text("metric");
        Scope scope = ScopeArgs.scope(args);
        String sql = args.text("sql");
        ForecastParams p = new ForecastParams(scope, metric == null ? Metric.UNITS : Metric.parse(metric), sql, null, null,
                args.integer("horizon", ForecastParams.DEFAULT_HORIZON), (Method) null, ForecastParams.DEFAULT_SEED);
        String frequency = args.text("frequency");
        if (frequency != null) {
            p = p.withFrequency(Frequency.parse(frequency));
        }
        ForecastResult result = new ForecastTool(gate, session.queryContext()).run(p);
        String last = ToolJson.lastSql(result.sql());
        if (result instanceof ForecastResult.Forecast f) {
            ObjectNode json = ToolJson.last(ToolJson.without(ToolJson.of(f), "sql", "backtest", "parameters"), "history", 12);
            return new ToolOutcome.Done(json, last, f.forecast().size(), ToolJson.tableFrom(json.get("forecast")), null);
        }
        ForecastResult.Failed failed = (ForecastResult.Failed) result;
        return new ToolOutcome.Failed(ToolJson.without(ToolJson.of(failed), "sql"), last, failed.problem().describe());
    }
}

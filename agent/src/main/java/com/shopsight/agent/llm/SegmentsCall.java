package com.shopsight.agent.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopsight.agent.answer.Table;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.segments.SegmentsParams;
import com.shopsight.tools.segments.SegmentsResult;
import com.shopsight.tools.segments.SegmentsTool;
import java.util.ArrayList;
import java.util.List;

/** {@code customer_segments}: who buys a scope (profile), RFM segments, or behavioural clusters. */
final class SegmentsCall implements LlmTool {
    private final SqlGate gate;

    SegmentsCall(SqlGate gate) {
        this.gate = gate;
    }

    @Override
    public String name() {
        return "customer_segments";
    }

    @Override
    public List<ToolParam> params() {
        List<ToolParam> params = new ArrayList<>(List.of(ToolParam.oneOf("analysis", true, List.of("buyers", "rfm", "clusters"))));
        params.addAll(ScopeArgs.params());
        return params;
    }

    @Override
    public ToolOutcome call(Args args, Session session) {
        SegmentsParams.Analysis analysis = SegmentsParams.Analysis.parse(args.choice("analysis", List.of("buyers", "rfm", "clusters")));
        SegmentsParams p = switch (analysis) {
            case BUYERS -> SegmentsParams.buyers(ScopeArgs.scope(args));
            case RFM -> SegmentsParams.rfm(ScopeArgs.scope(args));
            case CLUSTERS -> SegmentsParams.clusters(ScopeArgs.scope(args));
        };
        SegmentsResult result = new SegmentsTool(gate, session.queryContext()).run(p);
        String last = ToolJson.lastSql(result.sql());
        if (result instanceof SegmentsResult.Failed failed) {
            return new ToolOutcome.Failed(ToolJson.without(ToolJson.of(failed), "sql"), last, failed.problem().describe());
        }
        ObjectNode json = ToolJson.without(ToolJson.of(result), "sql");
        String main = result instanceof SegmentsResult.BuyerProfile ? "highlights"
                : result instanceof SegmentsResult.Rfm ? "segments" : "clusters";
        Table table = ToolJson.tableFrom(json.get(main));
        ToolJson.limit(json, "rows", 30);
        return new ToolOutcome.Done(json, last, table == null ? 0 : table.rows().size(), table, null);
    }
}

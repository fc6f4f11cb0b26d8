package com.shopsight.agent.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopsight.agent.answer.Table;
import com.shopsight.tools.chart.ChartParams;
import com.shopsight.tools.chart.ChartResult;
import com.shopsight.tools.chart.ChartTable;
import com.shopsight.tools.chart.ChartTool;
import com.shopsight.tools.chart.Shows;
import java.util.List;

/**
 * {@code make_chart}: a Vega-Lite chart of the answer's latest table (declarative JSON, never
 * code). The LLM names the columns; the spec goes to the Answer, not back to the LLM.
 */
final class ChartCall implements LlmTool {
    static final List<String> KINDS = List.of("auto", "time_series", "ranking", "breakdown", "stacked", "share", "scatter",
            "heatmap");

    private final ChartTool tool = new ChartTool();

    @Override
    public String name() {
        return "make_chart";
    }

    @Override
    public List<ToolParam> params() {
        return List.of(ToolParam.oneOf("shows", true, KINDS), ToolParam.optional("x", ToolParam.Type.STRING),
                ToolParam.optional("y", ToolParam.Type.STRING), ToolParam.optional("group", ToolParam.Type.STRING),
                ToolParam.optional("title", ToolParam.Type.STRING));
    }

    @Override
    public ToolOutcome call(Args args, Session session) {
        Table table = session.table();
        if (table == null) {
            ObjectNode json = DataFence.JSON.createObjectNode().put("status", "not_charted")
                    .put("reason", "There is no table to draw yet: run a query or a tool first, then chart its result.");
            return new ToolOutcome.Failed(json, null, "not_charted: no table yet");
        }
        ChartTable data = new ChartTable(table.columns().stream().map(Table.Column::name).toList(), table.rows(),
                session.sql());
        ChartParams p = ChartParams.of(data, shows(args));
        if (args.text("title") != null) {
            p = p.withTitle(args.text("title"));
        }
        ChartResult result = tool.run(p);
        if (result instanceof ChartResult.Chart c) {
            ObjectNode json = ToolJson.without(ToolJson.of(c), "spec", "sql");
            return new ToolOutcome.Done(json, null, null, null, c.spec());
        }
        ChartResult.NotCharted n = (ChartResult.NotCharted) result;
        return new ToolOutcome.Failed(ToolJson.without(ToolJson.of(n), "sql"), null, "not_charted: " + n.reason());
    }

    private static Shows shows(Args args) {
        String kind = args.choice("shows", KINDS);
        String x = args.text("x");
        String y = args.text("y");
        String group = args.text("group");
        if (!kind.equals("auto") && (x == null || y == null)) {
            throw new IllegalArgumentException("a " + kind + " chart needs 'x' and 'y' (column names of the latest table)");
        }
        return switch (kind) {
            case "time_series" -> new Shows.TimeSeries(x, y, group);
            case "ranking" -> new Shows.Ranking(x, y);
            case "breakdown", "stacked" -> new Shows.Breakdown(x, need(group, kind), y, kind.equals("stacked"));
            case "share" -> new Shows.Share(x, y);
            case "scatter" -> new Shows.Scatter(x, y, null, group);
            case "heatmap" -> new Shows.Heatmap(x, need(group, kind), y);
            default -> new Shows.Auto();
        };
    }

    private static String need(String group, String kind) {
        if (group == null) {
            throw new IllegalArgumentException("a " + kind + " chart needs 'group', the second dimension's column");
        }
        return group;
    }
}

package com.shopsight.agent.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.report.Recommendation;
import com.shopsight.tools.report.ReportParams;
import com.shopsight.tools.report.ReportResult;
import com.shopsight.tools.report.ReportSubject;
import com.shopsight.tools.report.ReportTool;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code product_report}: one product's (an article's or a product type's) forecast, buyers,
 * channels, loyalty, price trend, lifecycle, what sells with it, and recommendations that each
 * follow from a figure of the report.
 */
final class ReportCall implements LlmTool {
    private final SqlGate gate;

    ReportCall(SqlGate gate) {
        this.gate = gate;
    }

    @Override
    public String name() {
        return "product_report";
    }

    @Override
    public List<ToolParam> params() {
        return List.of(ToolParam.optional("article_id", ToolParam.Type.STRING),
                ToolParam.optional("product_type", ToolParam.Type.STRING), ToolParam.optional("horizon", ToolParam.Type.INTEGER),
                ToolParam.optional("as_of", ToolParam.Type.STRING));
    }

    @Override
    public ToolOutcome call(Args args, Session session) {
        String article = args.text("article_id");
        String type = args.text("product_type");
        if ((article == null) == (type == null)) {
            throw new IllegalArgumentException("give exactly one of article_id and product_type");
        }
        ReportSubject subject = article != null ? new ReportSubject.Article(article) : new ReportSubject.ProductType(type);
        ReportParams p = new ReportParams(subject, args.date("as_of"), args.integer("horizon", ReportParams.DEFAULT_HORIZON));
        ReportResult result = new ReportTool(gate).run(p);
        if (result instanceof ReportResult.ProductReport r) {
            // The LLM reads the figures; the chart is for the page, the SQL for the steps.
            ObjectNode json = ToolJson.without(ToolJson.of(r), "sql", "chart", "elapsedMs");
            ObjectNode forecast = (ObjectNode) json.get("forecast");
            if (forecast != null && forecast.isObject()) {
                json.set("forecast", ToolJson.last(ToolJson.without(forecast, "sql", "backtest", "parameters"), "history", 12));
            }
            return new ToolOutcome.Done(json, ToolJson.lastSql(r.sql()), r.recommendations().size(), table(r.recommendations()), r.chart());
        }
        ReportResult.Failed failed = (ReportResult.Failed) result;
        return new ToolOutcome.Failed(ToolJson.without(ToolJson.of(failed), "sql"), ToolJson.lastSql(failed.sql()),
                failed.problem().describe());
    }

    private static com.shopsight.agent.answer.Table table(List<Recommendation> recommendations) {
        List<List<Object>> rows = new ArrayList<>();
        for (Recommendation r : recommendations) {
            rows.add(Arrays.asList(r.section(), r.action(), r.because()));
        }
        return ToolJson.table(List.of("section", "action", "because"), List.of("VARCHAR", "VARCHAR", "VARCHAR"), rows);
    }
}

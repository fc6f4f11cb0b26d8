package com.shopsight.agent.planner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopsight.agent.answer.AnswerListener;
import com.shopsight.agent.answer.Step;
import com.shopsight.agent.answer.Table;
import com.shopsight.tools.gate.GateResult;
import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.Rejected;
import com.shopsight.tools.gate.Rows;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.report.ReportParams;
import com.shopsight.tools.report.ReportResult;
import com.shopsight.tools.report.ReportSubject;
import com.shopsight.tools.report.ReportTool;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers "report on Jade HW Skinny Denim TRS" or "tell me about trousers" with the product
 * report tool. A product type is reported as it is; a product name stands for several articles
 * (its colours), so the report is on its best-selling article, found first through the gate
 * and said so; "as of June 2020" reports from that day, "next 8 weeks" sets the forecast.
 */
final class ReportExecutor implements ToolExecutor {
    static final String TOOL = "report";

    private final SqlGate gate;
    private final Labels labels;
    private final ObjectMapper json;
    private final DataCalendar calendar;

    ReportExecutor(SqlGate gate, Labels labels, ObjectMapper json, DataCalendar calendar) {
        this.gate = gate;
        this.labels = labels;
        this.json = json;
        this.calendar = calendar;
    }

    @Override
    public Execution run(SemanticQuery q, String understood, QueryContext context, AnswerListener listener) {
        List<String> notices = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        Condition.Values type = values(q, "product_type");
        Condition.Values product = values(q, "product");
        ReportSubject subject;
        if (product != null) {
            String sql = bestSeller(product.values().get(0), q.time());
            listener.stepStarted("sql", json.createObjectNode().put("sql", sql));
            long start = System.nanoTime();
            GateResult r = gate.run(sql, gate.config().limits().withMaxRows(1), context);
            Step step = new Step("sql", json.createObjectNode().put("purpose", "the best-selling article named "
                    + product.values().get(0)), sql, r instanceof Rows rows ? rows.rowCount() : null,
                    (System.nanoTime() - start) / 1_000_000, r instanceof Rejected rejected ? rejected.describe() : null);
            listener.stepFinished(step);
            steps.add(step);
            if (r instanceof Rejected rejected) {
                return new Execution("The query finding the article did not run: " + rejected.message(), steps, null, null,
                        sql, notices, false);
            }
            if (((Rows) r).rows().isEmpty()) {
                return new Execution("No article named " + product.values().get(0) + " sold " + (q.time().isAll() ? "at all"
                        : "in " + q.time().label()) + ".", steps, null, null, sql, notices, false);
            }
            List<Object> row = ((Rows) r).rows().get(0);
            subject = new ReportSubject.Article(String.valueOf(row.get(0)));
            long articles = ((Number) row.get(2)).longValue();
            if (articles > 1) {
                notices.add(product.values().get(0) + " is the name of " + articles + " articles (its colours and variants);"
                        + " the report is on the best seller, article " + row.get(0) + " (" + row.get(1) + ").");
            }
        } else if (type != null) {
            subject = new ReportSubject.ProductType(type.values().get(0));
        } else {
            return Execution.text("Which product should the report be on? Name a product or a product type, for example:"
                    + " report on Trousers, or tell me about " + (q.tool().subject() == null ? "Kevin sweater" : "a product"
                    + " by its name") + ".");
        }
        List<Condition> others = q.conditions().stream().filter(c -> c != type && c != product).toList();
        if (!others.isEmpty()) {
            notices.add("The product report covers all its sales; it cannot be limited to " + String.join(" or ",
                    others.stream().map(labels::condition).toList()) + ", so " + (others.size() == 1 ? "that is" : "those are")
                    + " left out.");
        }
        notices.addAll(LeftOut.dimensions(TOOL, q, labels));
        ReportParams p = params(subject, q, notices);
        JsonNode input = json.valueToTree(p);
        ToolCall<ReportResult> call = ToolCall.run(TOOL, input, listener, () -> new ReportTool(gate).run(p));
        if (call.result() instanceof ReportResult.Failed f) {
            steps.add(call.finish(TOOL, input, f.sql(), null, f.problem().describe(), listener));
            String hint = f.problem().hint() == null ? "" : " " + f.problem().hint();
            return new Execution("I could not make that report: " + f.problem().message() + hint, steps, null, null,
                    ForecastExecutor.last(f.sql()), notices, false);
        }
        ReportResult.ProductReport report = (ReportResult.ProductReport) call.result();
        Table table = ReportText.table(report);
        steps.add(call.finish(TOOL, input, report.sql(), table.rows().size(), null, listener));
        notices.addAll(report.notes());
        return new Execution(ReportText.of(report), steps, table, report.chart(), ForecastExecutor.last(report.sql()),
                notices, true);
    }

    private ReportParams params(ReportSubject subject, SemanticQuery q, List<String> notices) {
        ReportParams p = ReportParams.of(subject);
        ToolRequest t = q.tool();
        if (t.horizon() != null) {
            int weeks = t.unit().equals("months") ? (int) Math.round(t.horizon() * 52 / 12.0)
                    : t.unit().equals("days") ? (int) Math.ceil(t.horizon() / 7.0) : t.unit().equals("years") ? 52 * t.horizon()
                    : t.horizon();
            if (weeks > ReportParams.MAX_HORIZON) {
                notices.add("The report forecasts at most " + ReportParams.MAX_HORIZON + " weeks ahead; ask for a forecast to"
                        + " look further.");
            }
            p = new ReportParams(subject, null, Math.max(1, Math.min(ReportParams.MAX_HORIZON, weeks)));
        }
        if (q.time().until() != null && q.time().lastDay().isBefore(calendar.today())) {
            p = p.asOf(q.time().lastDay());
        }
        return p;
    }

    private static Condition.Values values(SemanticQuery q, String dimension) {
        return q.conditions().stream().filter(c -> c instanceof Condition.Values v && v.dimension().equals(dimension)
                && !v.negated() && v.values().size() == 1).map(c -> (Condition.Values) c).findFirst().orElse(null);
    }

    /** The best-selling article with a product name (up to the report's day), and how many articles share the name. */
    private static String bestSeller(String name, TimeWindow time) {
        String until = time.until() == null ? "" : "\n  AND t.t_dat < " + SqlParts.date(time.until());
        return "SELECT a.article_id, a.colour_group_name AS colour, count(*) OVER () AS articles\n"
                + "FROM transactions t\nJOIN articles a ON a.article_id = t.article_id\nWHERE a.prod_name = "
                + SqlParts.literal(name) + until + "\nGROUP BY a.article_id, a.colour_group_name\n"
                + "ORDER BY count(*) DESC, a.article_id\nLIMIT 1";
    }
}

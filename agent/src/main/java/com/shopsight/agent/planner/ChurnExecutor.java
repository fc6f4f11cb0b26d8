package com.shopsight.agent.planner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopsight.agent.answer.AnswerListener;
import com.shopsight.agent.answer.Step;
import com.shopsight.agent.answer.Table;
import com.shopsight.tools.churn.AtRisk;
import com.shopsight.tools.churn.ChurnParams;
import com.shopsight.tools.churn.ChurnResult;
import com.shopsight.tools.churn.ChurnTool;
import com.shopsight.tools.churn.Driver;
import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.SqlGate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Answers "which customers are at risk of churning" with the churn tool: the model's check on
 * a later period (AUC, the top decile) and the current customers most at risk with what drives
 * their risk. "top 50" lists more, "in the next 12 weeks" sets the churn window, a window that
 * ends before the data does sets the day to score at; the model covers every active customer,
 * so other conditions are named as left out.
 */
final class ChurnExecutor implements ToolExecutor {
    static final String TOOL = "churn";

    private final SqlGate gate;
    private final Labels labels;
    private final ToolCharts charts;
    private final ObjectMapper json;
    private final DataCalendar calendar;

    ChurnExecutor(SqlGate gate, Labels labels, ToolCharts charts, ObjectMapper json, DataCalendar calendar) {
        this.gate = gate;
        this.labels = labels;
        this.charts = charts;
        this.json = json;
        this.calendar = calendar;
    }

    @Override
    public Execution run(SemanticQuery q, String understood, QueryContext context, AnswerListener listener) {
        List<String> notices = new ArrayList<>();
        ChurnParams p = params(q, notices);
        JsonNode input = json.valueToTree(p);
        ToolCall<ChurnResult> call = ToolCall.run(TOOL, input, listener, () -> new ChurnTool(gate, context).run(p));
        if (call.result() instanceof ChurnResult.Failed failed) {
            Step step = call.finish(TOOL, input, failed.sql(), null, failed.problem().describe(), listener);
            String hint = failed.problem().hint() == null ? "" : " " + failed.problem().hint();
            return new Execution("I could not model churn: " + failed.problem().message() + hint, List.of(step), null, null,
                    ForecastExecutor.last(failed.sql()), notices, false);
        }
        ChurnResult.ChurnRisk r = (ChurnResult.ChurnRisk) call.result();
        Table table = table(r.atRisk());
        Step step = call.finish(TOOL, input, r.sql(), table.rows().size(), null, listener);
        notices.addAll(r.notes());
        JsonNode chart = charts.ranking(table, "customer_id", "risk", "Churn risk of the " + table.rows().size()
                + " customers most at risk");
        return new Execution(ChurnText.of(r, p), List.of(step), table, chart, ForecastExecutor.last(r.sql()), notices, true);
    }

    private ChurnParams params(SemanticQuery q, List<String> notices) {
        ChurnParams p = ChurnParams.defaults();
        if (q.limit() != null) {
            p = p.withTop(Math.min(q.limit(), RankingCorrector.MAX_ROWS));
        }
        ToolRequest t = q.tool();
        if (t.horizon() != null) {
            int weeks = switch (t.unit()) {
                case "days" -> (int) Math.ceil(t.horizon() / 7.0);
                case "months" -> (int) Math.round(t.horizon() * 52 / 12.0);
                case "years" -> 52 * t.horizon();
                default -> t.horizon();
            };
            if (weeks > 26) {
                notices.add("Churn is judged over at most 26 weeks without a purchase, so that is the window used rather than "
                        + t.horizon() + " " + t.unit() + ".");
            }
            p = p.withChurnWeeks(Math.max(1, Math.min(26, weeks)));
        }
        if (q.time().until() != null && q.time().lastDay().isBefore(calendar.today())) {
            p = p.asOf(q.time().lastDay());
            notices.add("Risk is scored as of " + q.time().lastDay() + ", the end of " + q.time().label() + ".");
        }
        notices.addAll(LeftOut.dimensions(TOOL, q, labels));
        if (!q.conditions().isEmpty()) {
            notices.add("The churn model scores every customer active in the " + p.activeWeeks() + " weeks before the day it"
                    + " scores at; it cannot be limited to " + String.join(" or ", q.conditions().stream()
                    .map(labels::condition).toList()) + ", so the list covers all of them.");
        }
        return p;
    }

    static Table table(List<AtRisk> atRisk) {
        List<List<Object>> rows = new ArrayList<>();
        for (AtRisk a : atRisk) {
            rows.add(Arrays.asList(a.customerId(), a.risk(), a.daysSinceLastPurchase(), a.visitsLast13Weeks(),
                    a.visitsPrevious13Weeks(), drivers(a.drivers())));
        }
        return ToolTables.of(List.of("customer_id VARCHAR", "risk DOUBLE", "days_since_last_purchase BIGINT",
                "visits_last_13_weeks BIGINT", "visits_previous_13_weeks BIGINT", "drivers VARCHAR"), rows);
    }

    /** "days since the last purchase 120 (+1.31)": each driver, its value and what it adds to the log-odds. */
    static String drivers(List<Driver> drivers) {
        return String.join("; ", drivers.stream().map(d -> d.feature() + " " + value(d.value())
                + String.format(Locale.ROOT, " (%+.2f)", d.contribution())).toList());
    }

    private static String value(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%,.2f", v);
    }
}

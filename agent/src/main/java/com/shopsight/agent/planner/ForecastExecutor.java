package com.shopsight.agent.planner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopsight.agent.answer.AnswerListener;
import com.shopsight.agent.answer.Step;
import com.shopsight.agent.answer.Table;
import com.shopsight.agent.semantic.SemanticModel;
import com.shopsight.tools.forecast.ForecastParams;
import com.shopsight.tools.forecast.ForecastResult;
import com.shopsight.tools.forecast.ForecastRow;
import com.shopsight.tools.forecast.ForecastTool;
import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.SqlGate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Answers "forecast Trousers for the next 4 weeks" with the forecast tool: the series of the
 * query's scope (or a series query when the tool's filters cannot hold it), the horizon in the
 * periods asked for; the answer is the forecast table, its chart and the tool's evidence in words.
 */
final class ForecastExecutor implements ToolExecutor {
    static final String TOOL = "forecast";

    private final SqlGate gate;
    private final SemanticModel model;
    private final Labels labels;
    private final ForecastSeries series;
    private final ToolCharts charts;
    private final ObjectMapper json;

    ForecastExecutor(SqlGate gate, SemanticModel model, ForecastSeries series, ToolCharts charts, ObjectMapper json) {
        this.gate = gate;
        this.model = model;
        this.labels = new Labels(model);
        this.series = series;
        this.charts = charts;
        this.json = json;
    }

    @Override
    public Execution run(SemanticQuery q, String understood, QueryContext context, AnswerListener listener) {
        ForecastHorizon h = ForecastHorizon.of(q);
        ForecastSeries.Chosen chosen = series.choose(q, h);
        JsonNode input = input(chosen.params());
        ToolCall<ForecastResult> call = ToolCall.run(TOOL, input, listener,
                () -> new ForecastTool(gate, context).run(chosen.params()));
        List<String> notices = new ArrayList<>(chosen.notes());
        notices.addAll(LeftOut.dimensions(TOOL, q, labels));
        if (h.note() != null) {
            notices.add(h.note());
        }
        if (call.result() instanceof ForecastResult.Failed failed) {
            Step step = call.finish(TOOL, input, failed.sql(), null, failed.problem().describe(), listener);
            String hint = failed.problem().hint() == null ? "" : " " + failed.problem().hint();
            return new Execution("I could not forecast that: " + failed.problem().message() + hint, List.of(step), null,
                    null, last(failed.sql()), notices, false);
        }
        ForecastResult.Forecast f = (ForecastResult.Forecast) call.result();
        Table table = table(f, chosen.metric());
        Step step = call.finish(TOOL, input, f.sql(), table.rows().size(), null, listener);
        notices.addAll(f.notes());
        String what = labels.metric(chosen.metric()) + (q.conditions().isEmpty() ? "" : ", " + labels.conditions(q.conditions()));
        String text = ForecastText.of(f, what, h, model.metric(chosen.metric()).orElseThrow().format());
        return new Execution(text, List.of(step), table, charts.forecast(f, Labels.column(labels.metric(chosen.metric())),
                "Forecast of " + what), last(f.sql()), notices, true);
    }

    /** The tool's parameters as JSON, without the scope and metric a series query leaves unused. */
    private JsonNode input(ForecastParams p) {
        ObjectNode input = json.valueToTree(p);
        if (p.sql() != null) {
            input.remove(List.of("scope", "metric"));
        }
        return input;
    }

    /** One row per future period: its start, the point forecast and the 80 % and 95 % bounds. */
    private Table table(ForecastResult.Forecast f, String metric) {
        String period = f.frequency() == null ? "period" : f.frequency().unit();
        List<Table.Column> columns = List.of(new Table.Column(period, f.frequency() == null ? "BIGINT" : "DATE"),
                new Table.Column(Labels.column(labels.metric(metric)), "DOUBLE"), new Table.Column("lower_80", "DOUBLE"),
                new Table.Column("upper_80", "DOUBLE"), new Table.Column("lower_95", "DOUBLE"),
                new Table.Column("upper_95", "DOUBLE"));
        List<List<Object>> rows = new ArrayList<>();
        for (ForecastRow r : f.forecast()) {
            rows.add(Arrays.asList(r.period(), r.point(), r.lo80(), r.hi80(), r.lo95(), r.hi95()));
        }
        return new Table(columns, rows);
    }

    /** The primary SQL of a tool call: the last statement, the one that read what the answer shows. */
    static String last(List<String> sql) {
        return sql.isEmpty() ? null : sql.get(sql.size() - 1);
    }
}

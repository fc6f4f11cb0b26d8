package com.shopsight.agent.planner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopsight.agent.answer.AnswerListener;
import com.shopsight.agent.answer.Step;
import com.shopsight.agent.answer.Table;
import com.shopsight.tools.gate.Column;
import com.shopsight.tools.gate.GateResult;
import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.QueryLimits;
import com.shopsight.tools.gate.Rejected;
import com.shopsight.tools.gate.Rows;
import com.shopsight.tools.gate.SqlGate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers a query of one of the SQL intents: translates it, runs the SQL through the gate,
 * and writes the text, the table and the chart from the rows that came back; the table shows
 * the columns the question asked for ({@link AnswerColumns}).
 */
final class SqlExecutor {
    private final SqlGate gate;
    private final Translator translator;
    private final Narrator narrator;
    private final QueryCharts charts;
    private final ObjectMapper json;
    private final Periods periods;
    private final Labels labels;

    SqlExecutor(SqlGate gate, Translator translator, Narrator narrator, QueryCharts charts, ObjectMapper json,
            Periods periods, Labels labels) {
        this.labels = labels;
        this.gate = gate;
        this.translator = translator;
        this.narrator = narrator;
        this.charts = charts;
        this.json = json;
        this.periods = periods;
    }

    Execution run(SemanticQuery q, String understood, QueryContext context, AnswerListener listener) {
        String sql = translator.translate(q).sql();
        JsonNode input = json.valueToTree(q);
        listener.stepStarted("sql", input);
        long start = System.nanoTime();
        QueryLimits limits = gate.config().limits().withMaxRows(RankingCorrector.MAX_ROWS);
        GateResult result = gate.run(sql, limits, context);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (result instanceof Rejected r) {
            Step step = new Step("sql", input, sql, null, ms, r.describe());
            listener.stepFinished(step);
            return new Execution("The query for this question did not run: " + r.message()
                    + (r.hint() == null ? "" : " " + r.hint()), List.of(step), null, null, sql, List.of(), false);
        }
        Rows rows = (Rows) result;
        Step step = new Step("sql", input, sql, rows.rowCount(), ms, null);
        listener.stepFinished(step);
        Table table = table(rows);
        List<String> notices = new ArrayList<>();
        if (rows.truncated()) {
            notices.add("Only the first " + rows.rowCount() + " rows are shown.");
        }
        boolean timeSides = q.comparison().stream().anyMatch(s -> s.time() != null);
        periods.uneven(q).ifPresent(notices::add);
        if (!timeSides && !rows.rows().isEmpty()) {
            q.dimensions().stream().filter(TimeDimensions::isTime).findFirst()
                    .ifPresent(d -> notices.addAll(periods.partial(d, q.time())));
        }
        QueryCharts.Drawn chart = charts.chart(q, table, sql, understood);
        if (q.chart() && chart.spec() == null) {
            notices.add(chart.problem());
        }
        return new Execution(narrator.narrate(q, table), List.of(step), AnswerColumns.of(q, table, labels), chart.spec(), sql,
                notices, true);
    }

    /** The gate's rows as an answer table: dates as ISO strings, everything else as it came. */
    static Table table(Rows rows) {
        List<Table.Column> columns = rows.columns().stream().map((Column c) -> new Table.Column(c.name(), c.type())).toList();
        List<List<Object>> out = new ArrayList<>(rows.rowCount());
        for (List<Object> row : rows.rows()) {
            List<Object> values = new ArrayList<>(row.size());
            for (Object v : row) {
                values.add(v instanceof LocalDate || v instanceof LocalDateTime ? v.toString() : v);
            }
            out.add(values);
        }
        return new Table(columns, out);
    }
}

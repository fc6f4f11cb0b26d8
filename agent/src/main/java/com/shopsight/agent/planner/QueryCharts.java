package com.shopsight.agent.planner;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopsight.agent.answer.Table;
import com.shopsight.tools.chart.ChartParams;
import com.shopsight.tools.chart.ChartResult;
import com.shopsight.tools.chart.ChartTable;
import com.shopsight.tools.chart.ChartTool;
import com.shopsight.tools.chart.Shows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Charts of the planner's SQL answers, drawn by the chart tool from what the query shows: a
 * series as lines (one per value of a second dimension), a ranking or breakdown as sorted
 * bars, two measures as points, two dimensions as grouped bars (or a heatmap), shares of at
 * most six parts as an arc, sides of a comparison as grouped bars or lines; one figure makes
 * no chart.
 */
final class QueryCharts {
    /** A chart drawn, or why none could be. */
    record Drawn(JsonNode spec, String problem) {}

    private final Labels labels;
    private final ChartTool tool = new ChartTool();

    QueryCharts(Labels labels) {
        this.labels = labels;
    }

    Drawn chart(SemanticQuery q, Table t, String sql, String title) {
        if (t.rows().isEmpty() || q.intent() == Intent.KPI) {
            return new Drawn(null, "A single figure makes no chart; ask for it by a dimension or over time to see one.");
        }
        ChartTable rows = labelled(ChartTables.of(t, sql));
        ChartTable table = q.intent() == Intent.COMPARISON ? sides(q, rows)
                : q.intent() == Intent.SHARE && q.dimensions().isEmpty() ? partAndRest(q, rows) : rows;
        String metric = Labels.column(labels.metric(q.metric()));
        Shows shows;
        if (q.intent() == Intent.COMPARISON) {
            // Sides over aligned periods ("this year vs last year by month") are by month of the year.
            String category = q.dimensions().isEmpty() ? null : table.indexOf("label") >= 0 ? "label" : table.columns().get(0);
            boolean time = !q.dimensions().isEmpty() && TimeDimensions.isTime(q.dimensions().get(0));
            shows = category == null ? new Shows.Ranking("side", metric)
                    : time ? new Shows.TimeSeries(category, metric, "side") : new Shows.Breakdown(category, "side", metric, false);
        } else if (q.intent() == Intent.SHARE) {
            if (q.dimensions().isEmpty()) {
                shows = new Shows.Share("part", metric);
            } else {
                String d = category(q, table);
                shows = TimeDimensions.isTime(q.dimensions().get(0)) ? new Shows.TimeSeries(d, "share", null)
                        : new Shows.Ranking(d, "share");
            }
        } else if (q.intent() == Intent.SERIES) {
            String time = Labels.column(labels.dimension(q.dimensions().stream().filter(TimeDimensions::isTime).findFirst()
                    .orElseThrow()));
            String other = q.dimensions().stream().filter(d -> !TimeDimensions.isTime(d)).findFirst()
                    .map(d -> column(d, table)).orElse(null);
            shows = new Shows.TimeSeries(time, metric, other);
        } else if (q.metrics().size() > 1) {
            shows = new Shows.Scatter(metric, Labels.column(labels.metric(q.metrics().get(1))), category(q, table), null);
        } else if (q.dimensions().size() > 1) {
            shows = new Shows.Breakdown(category(q, table), column(q.dimensions().get(1), table), metric, false);
        } else if (q.share()) {
            shows = new Shows.Share(category(q, table), metric);
        } else {
            shows = new Shows.Ranking(category(q, table), metric);
        }
        ChartResult r = tool.run(ChartParams.of(table, shows).withTitle(title));
        if (r instanceof ChartResult.Chart c) {
            return new Drawn(c.spec(), null);
        }
        return new Drawn(null, "No chart: " + ((ChartResult.NotCharted) r).reason() + ".");
    }

    /** The column naming the first dimension's values; a product's is its name with its article id. */
    private String category(SemanticQuery q, ChartTable table) {
        return column(q.dimensions().get(0), table);
    }

    private String column(String dimension, ChartTable table) {
        return dimension.equals("product") && table.indexOf("label") >= 0 ? "label"
                : Labels.column(labels.dimension(dimension));
    }

    /** A comparison's sides, one column each, as rows of (side, value) so the chart can colour by side. */
    private ChartTable sides(SemanticQuery q, ChartTable t) {
        String metric = Labels.column(labels.metric(q.metric()));
        List<String> keep = new ArrayList<>();
        for (String c : t.columns()) {
            boolean side = q.comparison().stream().anyMatch(s -> Labels.column(s.label()).equals(c));
            if (!side && !c.equals("change")) {
                keep.add(c);
            }
        }
        List<String> columns = new ArrayList<>(keep);
        columns.add("side");
        columns.add(metric);
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            for (Side s : q.comparison()) {
                List<Object> out = new ArrayList<>();
                keep.forEach(c -> out.add(row.get(t.indexOf(c))));
                out.add(s.label());
                out.add(row.get(t.indexOf(Labels.column(s.label()))));
                rows.add(out);
            }
        }
        return new ChartTable(columns, rows, t.sql());
    }

    /** "What share of sales is online": the part and the rest of the whole, for an arc. */
    private ChartTable partAndRest(SemanticQuery q, ChartTable t) {
        String part = labels.condition(q.sharePart());
        List<Object> row = t.rows().get(0);
        Object partValue = row.get(t.indexOf(Labels.column(part)));
        Object total = row.get(t.indexOf("total"));
        double rest = total instanceof Number n && partValue instanceof Number p ? n.doubleValue() - p.doubleValue() : 0;
        String metric = Labels.column(labels.metric(q.metric()));
        return new ChartTable(List.of("part", metric), List.of(Arrays.asList(part, partValue),
                Arrays.asList("not " + part, rest)), t.sql());
    }

    /** Products share names across colours and variants: label each with its article id too. */
    static ChartTable labelled(ChartTable t) {
        int name = t.indexOf("product");
        int id = t.indexOf("article_id");
        if (name < 0 || id < 0) {
            return t;
        }
        List<String> columns = new ArrayList<>(t.columns());
        columns.add("label");
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            List<Object> out = new ArrayList<>(row);
            out.add(row.get(name) + " (" + row.get(id) + ")");
            rows.add(out);
        }
        return new ChartTable(columns, rows, t.sql());
    }
}

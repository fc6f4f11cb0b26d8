package com.shopsight.tools.chart;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a result table into a declarative Vega-Lite chart (never code) fitting what it shows:
 * lines over time, a forecast as a line with its interval band (history solid, forecast
 * dashed), rankings as sorted bars, two dimensions as grouped or stacked bars, shares as an
 * arc only up to {@link #MAX_ARC_PARTS} parts (sorted bars in percent beyond), two measures
 * as points, and a measure over two dimensions as a heatmap. Every spec has a title, axis
 * titles, formats (dates, percentages, thousands) and tooltips, and inlines at most the
 * requested number of rows.
 *
 * <p>{@link Shows.Auto} picks by column kinds: a date with lower and upper columns and a part
 * column is a forecast; a date and a number a time series (split by the first text column);
 * two text columns and a number are grouped bars, or a heatmap when both have more than six
 * values; one text column and a number a ranking; two numbers a scatter.
 */
public final class ChartTool {
    /** A pie of more parts than this is unreadable; bars show shares better. */
    public static final int MAX_ARC_PARTS = 6;

    /** Draws the table; a table that does not fit the chart asked for is {@link ChartResult.NotCharted}. */
    public ChartResult run(ChartParams p) {
        ChartTable table = p.table();
        String sql = table.sql();
        if (table.rows().isEmpty()) {
            return new ChartResult.NotCharted("the table has no rows to draw", sql);
        }
        List<String> notes = new ArrayList<>();
        if (table.rows().size() > p.maxRows()) {
            notes.add(String.format(Locale.ROOT, "The chart shows the first %,d of %,d rows.", p.maxRows(), table.rows().size()));
            table = new ChartTable(table.columns(), table.rows().subList(0, p.maxRows()), sql);
        }
        Shows shows = p.shows() instanceof Shows.Auto ? AutoChart.pick(table) : p.shows();
        if (shows == null) {
            return new ChartResult.NotCharted("no chart fits columns of these kinds: " + describe(table)
                    + "; a chart needs a number to show, by a date, a category or another number", sql);
        }
        String problem = KindCheck.problem(table, shows);
        if (problem != null) {
            return new ChartResult.NotCharted(problem, sql);
        }
        return draw(table, shows, p.title(), notes, p.table().rows().size(), sql);
    }

    private static ChartResult draw(ChartTable table, Shows shows, String title, List<String> notes, int tableRows, String sql) {
        Specs specs = new Specs(table);
        String kind;
        ObjectNode spec;
        if (shows instanceof Shows.TimeSeries s) {
            kind = "line";
            spec = specs.line(s, title != null ? title : Titles.of(s));
        } else if (shows instanceof Shows.Forecast s) {
            kind = "forecast";
            spec = specs.forecast(s, title != null ? title : Titles.of(s));
        } else if (shows instanceof Shows.Ranking s) {
            kind = "bar";
            spec = specs.ranking(s.category(), s.measure(), null, title != null ? title : Titles.of(s));
        } else if (shows instanceof Shows.Breakdown s) {
            kind = s.stacked() ? "stacked_bar" : "grouped_bar";
            spec = specs.breakdown(s, title != null ? title : Titles.of(s));
        } else if (shows instanceof Shows.Share s) {
            ChartTable withShare = Shares.add(table, s);
            String share = Shares.column(table);
            Specs shareSpecs = new Specs(withShare);
            String t = title != null ? title : Titles.of(s);
            if (table.distinct(s.category()) <= MAX_ARC_PARTS) {
                kind = "arc";
                spec = shareSpecs.arc(s.category(), s.measure(), share, t);
            } else {
                kind = "bar";
                notes.add(table.distinct(s.category()) + " parts are too many for a pie; sorted bars show each part's share.");
                spec = shareSpecs.ranking(s.category(), share, s.measure(), t);
            }
        } else if (shows instanceof Shows.Scatter s) {
            kind = "point";
            spec = specs.scatter(s, title != null ? title : Titles.of(s));
        } else {
            Shows.Heatmap s = (Shows.Heatmap) shows;
            kind = "heatmap";
            spec = specs.heatmap(s, title != null ? title : Titles.of(s));
        }
        if (table.rows().size() < tableRows) {
            ((ObjectNode) spec.get("title")).put("subtitle", String.format(Locale.ROOT, "first %,d of %,d rows", table.rows().size(), tableRows));
        }
        return new ChartResult.Chart(kind, spec, table.rows().size(), tableRows, notes, sql);
    }

    static String describe(ChartTable table) {
        List<String> parts = new ArrayList<>();
        for (String c : table.columns()) {
            parts.add(c + " (" + table.kind(c).name().toLowerCase(Locale.ROOT) + ")");
        }
        return String.join(", ", parts);
    }
}

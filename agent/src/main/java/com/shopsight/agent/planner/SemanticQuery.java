package com.shopsight.agent.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A question as the planner understood it, in the semantic model's terms: what to measure,
 * by what, for which rows and dates, in what order, and what to show. Every stage after the
 * parser takes one and returns a new one; the translator turns it into SQL.
 *
 * @param intent the answer's shape, consistent with the other fields (see {@link #reshaped()})
 * @param metrics metric names, the first one orders the rows; never empty
 * @param dimensions dimension names to group by, in order; never null
 * @param conditions conditions every row meets; never null
 * @param time the dates covered, never null
 * @param ascending whether a ranking shows the lowest first
 * @param limit how many rows a ranking shows, or null for all
 * @param share whether to show each group's share of the whole
 * @param sharePart the part whose share of the whole is asked ("online"), or null
 * @param comparison the sides compared, or empty
 * @param growth whether the change against a previous period is asked
 * @param chart whether the user asked for a chart
 * @param tool the tool question, or null for SQL intents
 * @param drill the "why?" being answered, or null
 * @param notes what the user should know about how the question was read; never null
 * @param cut the groups kept by the size of a figure ("product types with over 500 buyers"), or null
 */
public record SemanticQuery(
        Intent intent,
        List<String> metrics,
        List<String> dimensions,
        List<Condition> conditions,
        TimeWindow time,
        boolean ascending,
        Integer limit,
        boolean share,
        Condition sharePart,
        List<Side> comparison,
        boolean growth,
        boolean chart,
        ToolRequest tool,
        Drill drill,
        List<String> notes,
        Cut cut) {

    public SemanticQuery {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(time, "time");
        metrics = List.copyOf(metrics);
        dimensions = List.copyOf(dimensions);
        conditions = List.copyOf(conditions);
        comparison = List.copyOf(comparison);
        notes = List.copyOf(notes);
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("a query needs a metric");
        }
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }

    /** A query for {@code metric} over all rows and all time, not yet shaped. */
    public static SemanticQuery of(String metric) {
        return new SemanticQuery(Intent.KPI, List.of(metric), List.of(), List.of(), TimeWindow.ALL, false, null, false,
                null, List.of(), false, false, null, null, List.of(), null);
    }

    /** The first metric: the one that orders the rows. */
    public String metric() {
        return metrics.get(0);
    }

    /**
     * This query with the intent its fields call for: a tool, else sides to compare, else a
     * share, else a time dimension without a limit (a limit ranks the periods), else a limit,
     * else any dimension, else one figure.
     */
    public SemanticQuery reshaped() {
        Intent shape;
        if (tool != null) {
            shape = Intent.TOOL;
        } else if (!comparison.isEmpty()) {
            shape = Intent.COMPARISON;
        } else if (sharePart != null) {
            shape = Intent.SHARE;
        } else if (dimensions.stream().anyMatch(TimeDimensions::isTime) && limit == null) {
            shape = Intent.SERIES;
        } else if (limit != null && !dimensions.isEmpty()) {
            shape = Intent.RANKING;
        } else if (!dimensions.isEmpty()) {
            shape = Intent.BREAKDOWN;
        } else {
            shape = Intent.KPI;
        }
        return withIntent(shape);
    }

    public SemanticQuery withIntent(Intent i) {
        return new SemanticQuery(i, metrics, dimensions, conditions, time, ascending, limit, share, sharePart,
                comparison, growth, chart, tool, drill, notes, cut);
    }

    public SemanticQuery withMetrics(List<String> m) {
        return new SemanticQuery(intent, m, dimensions, conditions, time, ascending, limit, share, sharePart,
                comparison, growth, chart, tool, drill, notes, cut);
    }

    public SemanticQuery withDimensions(List<String> d) {
        return new SemanticQuery(intent, metrics, d, conditions, time, ascending, limit, share, sharePart,
                comparison, growth, chart, tool, drill, notes, cut);
    }

    public SemanticQuery withConditions(List<Condition> c) {
        return new SemanticQuery(intent, metrics, dimensions, c, time, ascending, limit, share, sharePart,
                comparison, growth, chart, tool, drill, notes, cut);
    }

    public SemanticQuery withTime(TimeWindow t) {
        return new SemanticQuery(intent, metrics, dimensions, conditions, t, ascending, limit, share, sharePart,
                comparison, growth, chart, tool, drill, notes, cut);
    }

    public SemanticQuery withRanking(Integer top, boolean lowestFirst) {
        return new SemanticQuery(intent, metrics, dimensions, conditions, time, lowestFirst, top, share, sharePart,
                comparison, growth, chart, tool, drill, notes, cut);
    }

    public SemanticQuery withShare(boolean s, Condition part) {
        return new SemanticQuery(intent, metrics, dimensions, conditions, time, ascending, limit, s, part,
                comparison, growth, chart, tool, drill, notes, cut);
    }

    public SemanticQuery withComparison(List<Side> sides, boolean change) {
        return new SemanticQuery(intent, metrics, dimensions, conditions, time, ascending, limit, share, sharePart,
                sides, change, chart, tool, drill, notes, cut);
    }

    public SemanticQuery withChart(boolean c) {
        return new SemanticQuery(intent, metrics, dimensions, conditions, time, ascending, limit, share, sharePart,
                comparison, growth, c, tool, drill, notes, cut);
    }

    public SemanticQuery withTool(ToolRequest t) {
        return new SemanticQuery(intent, metrics, dimensions, conditions, time, ascending, limit, share, sharePart,
                comparison, growth, chart, t, drill, notes, cut);
    }

    public SemanticQuery withDrill(Drill d) {
        return new SemanticQuery(intent, metrics, dimensions, conditions, time, ascending, limit, share, sharePart,
                comparison, growth, chart, tool, d, notes, cut);
    }

    public SemanticQuery withNotes(List<String> n) {
        return new SemanticQuery(intent, metrics, dimensions, conditions, time, ascending, limit, share, sharePart,
                comparison, growth, chart, tool, drill, n, cut);
    }

    public SemanticQuery withCut(Cut c) {
        return new SemanticQuery(intent, metrics, dimensions, conditions, time, ascending, limit, share, sharePart,
                comparison, growth, chart, tool, drill, notes, c);
    }

    /** This query with one more note. */
    public SemanticQuery noting(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return withNotes(more);
    }
}

package com.shopsight.agent.planner;

import java.util.ArrayList;
import java.util.List;

/**
 * Says how a query was read, in words: "units sold, top 10 products, customers under 25, all
 * time". Every part of the query appears, so a wrong reading is easy to spot.
 */
final class Understanding {
    private final Labels labels;
    private final TimeReader time;

    Understanding(Labels labels, TimeReader time) {
        this.labels = labels;
        this.time = time;
    }

    String of(SemanticQuery q) {
        List<String> parts = new ArrayList<>();
        if (q.tool() != null) {
            parts.add(tool(q.tool()));
        }
        if (q.sharePart() != null) {
            parts.add("share of " + labels.metric(q.metric()) + " that is " + labels.condition(q.sharePart()));
        } else if (q.tool() == null || q.tool().tool().equals("forecast")) {
            parts.add(String.join(" and ", q.metrics().stream().map(labels::metric).toList()));
        }
        if (q.drill() != null) {
            parts.add("why " + q.drill().focus());
        }
        List<String> dims = q.dimensions();
        if (q.tool() != null && q.limit() != null && dims.isEmpty()) {
            parts.add("top " + q.limit());
        } else if (q.limit() != null && !dims.isEmpty()) {
            parts.add((q.ascending() ? "bottom " : "top ") + q.limit() + " " + labels.dimensions(dims.get(0))
                    + (dims.size() > 1 ? " by " + joinDims(dims.subList(1, dims.size())) : ""));
        } else if (!dims.isEmpty()) {
            parts.add("by " + joinDims(dims) + (q.ascending() ? ", lowest first" : ""));
        }
        if (q.cut() != null) {
            parts.add(labels.cut(q.cut()));
        }
        if (q.share() && q.sharePart() == null) {
            parts.add("with each one's share");
        }
        if (!q.comparison().isEmpty()) {
            parts.add(String.join(" vs ", q.comparison().stream().map(this::side).toList()));
        }
        if (q.growth()) {
            parts.add(q.intent() == Intent.SERIES ? "with the change from each period to the next" : "with the change");
        }
        if (!q.conditions().isEmpty()) {
            parts.add(labels.conditions(q.conditions()));
        }
        boolean timeSides = q.comparison().stream().anyMatch(s -> s.time() != null);
        if (!timeSides && !(q.tool() != null && q.time().isAll())) {
            parts.add(window(q.time()));
        }
        if (q.chart()) {
            parts.add("as a chart");
        }
        return String.join(", ", parts.stream().filter(p -> !p.isEmpty()).toList());
    }

    /** A window with its dates: "last 12 weeks (2020-07-01 to 2020-09-22)". */
    String window(TimeWindow w) {
        if (w.isAll()) {
            return "all time";
        }
        String dates = time.dates(w);
        return w.label().equals(dates) ? dates : w.label() + " (" + dates + ")";
    }

    private String side(Side s) {
        return s.time() != null ? window(s.time()) : s.label();
    }

    private String joinDims(List<String> dims) {
        return String.join(" and ", dims.stream().map(labels::dimension).toList());
    }

    private static String tool(ToolRequest t) {
        String base = switch (t.tool()) {
            case "forecast" -> "forecast";
            case "segments" -> "customer segments";
            case "churn" -> "customers at risk of churning";
            case "basket" -> "products bought together";
            case "search" -> "product search";
            case "report" -> "product report";
            default -> t.tool();
        };
        if (t.analysis() != null) {
            base += " (" + ToolAnalysis.words(t.analysis()) + ")";
        }
        if (t.subject() != null && t.tool().equals("search")) {
            base += " for \"" + t.subject() + "\"";
        }
        if (t.horizon() != null) {
            base += ", next " + t.horizon() + " " + t.unit();
        }
        return base;
    }
}

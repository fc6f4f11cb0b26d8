package com.shopsight.agent.planner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopsight.agent.answer.Table;
import java.util.List;

/**
 * Vega-Lite specs for planner answers: a line for a series, bars for a ranking, a breakdown
 * or a comparison, and no chart for a single figure. A stop-gap until the chart tool of the
 * tools module lands, which will take over; the specs are plain declarative JSON either way.
 */
final class ChartSpecs {
    private static final String SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Labels labels;

    ChartSpecs(Labels labels) {
        this.labels = labels;
    }

    /** The chart for a result, or null when a chart would not help (one figure, no rows). */
    JsonNode chart(SemanticQuery q, Table t, String title) {
        if (t.rows().isEmpty() || q.intent() == Intent.KPI || q.intent() == Intent.SHARE && q.dimensions().isEmpty()
                && q.comparison().isEmpty()) {
            return null;
        }
        String metric = Labels.column(labels.metric(q.metric()));
        ObjectNode spec = base(t, title);
        if (q.intent() == Intent.SERIES) {
            String x = Labels.column(labels.dimension(q.dimensions().stream().filter(TimeDimensions::isTime).findFirst()
                    .orElseThrow()));
            spec.put("mark", "line");
            ObjectNode enc = spec.putObject("encoding");
            enc.set("x", field(x, x.equals("year") ? "ordinal" : "temporal"));
            enc.set("y", field(metric, "quantitative"));
            if (q.dimensions().size() > 1) {
                enc.set("color", field(Labels.column(labels.dimension(q.dimensions().get(1))), "nominal"));
            }
            return spec;
        }
        if (q.intent() == Intent.COMPARISON) {
            ArrayNode fold = F.arrayNode();
            q.comparison().forEach(s -> fold.add(Labels.column(s.label())));
            ObjectNode transform = transforms(spec).addObject();
            transform.set("fold", fold);
            transform.putArray("as").add("side").add(metric);
            spec.put("mark", "bar");
            ObjectNode enc = spec.putObject("encoding");
            String category = q.dimensions().isEmpty() ? "side" : category(q);
            enc.set("x", field(category, "nominal").putNull("sort"));
            enc.set("y", field(metric, "quantitative"));
            enc.set("color", field("side", "nominal"));
            if (!q.dimensions().isEmpty()) {
                enc.set("xOffset", field("side", "nominal"));
            }
            return spec;
        }
        String y = q.intent() == Intent.SHARE ? "share" : metric;
        spec.put("mark", "bar");
        ObjectNode enc = spec.putObject("encoding");
        ObjectNode category = field(category(q), "nominal");
        if (q.intent() == Intent.RANKING) {
            category.put("sort", q.ascending() ? "x" : "-x");
        } else {
            category.putNull("sort");
        }
        enc.set("y", category);
        enc.set("x", field(y, "quantitative"));
        return spec;
    }

    private static ArrayNode transforms(ObjectNode spec) {
        return spec.has("transform") ? (ArrayNode) spec.get("transform") : spec.putArray("transform");
    }

    private String category(SemanticQuery q) {
        String d = q.dimensions().get(0);
        return d.equals("product") ? "label" : Labels.column(labels.dimension(d));
    }

    private static ObjectNode base(Table t, String title) {
        ObjectNode spec = F.objectNode();
        spec.put("$schema", SCHEMA);
        spec.put("title", title);
        spec.put("width", "container");
        ArrayNode values = spec.putObject("data").putArray("values");
        for (List<Object> row : t.rows()) {
            ObjectNode o = values.addObject();
            for (int i = 0; i < t.width(); i++) {
                o.putPOJO(t.columns().get(i).name(), row.get(i));
            }
        }
        if (t.indexOf("product") >= 0 && t.indexOf("article_id") >= 0) {
            // Variants of a product share its name: label each bar with its article id too.
            ObjectNode label = transforms(spec).addObject();
            label.put("calculate", "datum.product + ' (' + datum.article_id + ')'");
            label.put("as", "label");
        }
        return spec;
    }

    private static ObjectNode field(String name, String type) {
        ObjectNode f = F.objectNode();
        f.put("field", name);
        f.put("type", type);
        return f;
    }
}

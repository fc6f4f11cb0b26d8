package com.shopsight.tools.chart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds the Vega-Lite spec of each kind of chart over a table whose rows are already capped. */
final class Specs {
    static final String SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";
    /** The forecast's part values that mean "history" and "forecast", when the data uses them. */
    static final List<String> PARTS = List.of("history", "forecast");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ChartTable table;
    private final Encodings enc;

    Specs(ChartTable table) {
        this.table = table;
        this.enc = new Encodings(table);
    }

    ObjectNode line(Shows.TimeSeries s, String title) {
        ObjectNode spec = top(title);
        spec.putObject("mark").put("type", "line").put("point", table.rows().size() <= 60);
        ObjectNode e = spec.putObject("encoding");
        e.set("x", enc.channel(s.time()));
        e.set("y", enc.channel(s.measure()));
        if (s.series() != null) {
            e.set("color", enc.legendChannel(s.series()));
        }
        e.putArray("tooltip").addAll(enc.tooltips(s.time(), s.series(), s.measure()));
        return spec;
    }

    ObjectNode forecast(Shows.Forecast s, String title) {
        ObjectNode spec = top(title);
        ArrayNode layers = spec.putArray("layer");
        ObjectNode band = layers.addObject();
        band.putArray("transform").addObject().put("filter",
                "isValid(" + Encodings.datum(s.lower()) + ") && isValid(" + Encodings.datum(s.upper()) + ")");
        band.putObject("mark").put("type", "area").put("opacity", 0.25).put("color", "#9ecae1");
        ObjectNode be = band.putObject("encoding");
        be.set("x", enc.channel(s.time()));
        be.set("y", enc.channel(s.lower()).put("title", Encodings.title(s.value())));
        be.putObject("y2").put("field", Encodings.escape(s.upper()));
        be.putArray("tooltip").addAll(enc.tooltips(s.time(), s.lower(), s.upper()));

        ObjectNode line = layers.addObject();
        line.putObject("mark").put("type", "line").put("point", true);
        ObjectNode le = line.putObject("encoding");
        le.set("x", enc.channel(s.time()));
        le.set("y", enc.channel(s.value()));
        ArrayNode domain = partDomain(s.part());
        ObjectNode color = enc.legendChannel(s.part());
        color.putObject("scale").set("domain", domain);
        le.set("color", color);
        // Solid history, dashed forecast: told apart without relying on colour alone.
        ObjectNode dash = enc.legendChannel(s.part());
        ObjectNode dashScale = dash.putObject("scale");
        dashScale.set("domain", domain.deepCopy());
        ArrayNode range = dashScale.putArray("range");
        for (int i = 0; i < domain.size(); i++) {
            ArrayNode pattern = range.addArray();
            if (i == 0) {
                pattern.add(1).add(0);
            } else {
                pattern.add(6).add(4);
            }
        }
        le.set("strokeDash", dash);
        le.putArray("tooltip").addAll(enc.tooltips(s.time(), s.part(), s.value(), s.lower(), s.upper()));
        return spec;
    }

    /** Horizontal bars, largest first; {@code extra} is one more tooltip column, or null. */
    ObjectNode ranking(String category, String measure, String extra, String title) {
        ObjectNode spec = top(title);
        spec.putObject("height").put("step", 20);
        spec.putObject("mark").put("type", "bar");
        ObjectNode e = spec.putObject("encoding");
        e.set("y", enc.channel(category).put("sort", "-x"));
        e.set("x", enc.channel(measure));
        e.putArray("tooltip").addAll(enc.tooltips(category, measure, extra));
        return spec;
    }

    ObjectNode breakdown(Shows.Breakdown s, String title) {
        ObjectNode spec = top(title);
        spec.putObject("mark").put("type", "bar");
        ObjectNode e = spec.putObject("encoding");
        e.set("x", enc.channel(s.category()));
        e.set("y", enc.channel(s.measure()));
        e.set("color", enc.legendChannel(s.group()));
        if (!s.stacked()) {
            e.putObject("xOffset").put("field", Encodings.escape(s.group())).put("type", "nominal");
        }
        e.putArray("tooltip").addAll(enc.tooltips(s.category(), s.group(), s.measure()));
        return spec;
    }

    /** A donut of shares; {@code share} is a column of each part's share of the total. */
    ObjectNode arc(String category, String measure, String share, String title) {
        ObjectNode spec = top(title);
        spec.putObject("mark").put("type", "arc").put("innerRadius", 60);
        spec.putObject("view").putNull("stroke");
        ObjectNode e = spec.putObject("encoding");
        e.putObject("theta").put("field", Encodings.escape(measure)).put("type", "quantitative").put("stack", true);
        ObjectNode color = enc.legendChannel(category);
        color.putObject("sort").put("field", Encodings.escape(measure)).put("order", "descending");
        e.set("color", color);
        e.putObject("order").put("field", Encodings.escape(measure)).put("type", "quantitative").put("sort", "descending");
        e.putArray("tooltip").addAll(enc.tooltips(category, measure, share));
        return spec;
    }

    ObjectNode scatter(Shows.Scatter s, String title) {
        ObjectNode spec = top(title);
        spec.putObject("mark").put("type", "point").put("filled", true).put("opacity", 0.7);
        ObjectNode e = spec.putObject("encoding");
        ObjectNode x = enc.channel(s.x());
        x.putObject("scale").put("zero", false);
        e.set("x", x);
        ObjectNode y = enc.channel(s.y());
        y.putObject("scale").put("zero", false);
        e.set("y", y);
        if (s.color() != null) {
            e.set("color", enc.legendChannel(s.color()));
        }
        e.putArray("tooltip").addAll(enc.tooltips(s.label(), s.color(), s.x(), s.y()));
        return spec;
    }

    ObjectNode heatmap(Shows.Heatmap s, String title) {
        ObjectNode spec = top(title);
        spec.putObject("mark").put("type", "rect");
        ObjectNode e = spec.putObject("encoding");
        e.set("x", ordinal(enc.channel(s.x())));
        e.set("y", ordinal(enc.channel(s.y())));
        ObjectNode color = enc.legendChannel(s.measure());
        color.putObject("scale").put("scheme", "blues");
        e.set("color", color);
        e.putArray("tooltip").addAll(enc.tooltips(s.x(), s.y(), s.measure()));
        return spec;
    }

    /** Cells need discrete axes: a date becomes an ordinal position, text stays nominal. */
    private static ObjectNode ordinal(ObjectNode channel) {
        if ("temporal".equals(channel.path("type").asText())) {
            channel.put("type", "ordinal");
        }
        return channel;
    }

    private ArrayNode partDomain(String part) {
        int i = table.indexOf(part);
        Set<String> seen = new LinkedHashSet<>();
        for (List<Object> r : table.rows()) {
            if (r.get(i) != null) {
                seen.add(r.get(i).toString());
            }
        }
        if (seen.containsAll(PARTS)) {
            // History first, whatever order the rows came in.
            Set<String> ordered = new LinkedHashSet<>(PARTS);
            ordered.addAll(seen);
            seen = ordered;
        }
        ArrayNode domain = JSON.arrayNode();
        seen.forEach(domain::add);
        return domain;
    }

    private ObjectNode top(String title) {
        ObjectNode spec = JSON.objectNode();
        spec.put("$schema", SCHEMA);
        spec.putObject("title").put("text", title);
        spec.put("width", "container");
        spec.putObject("data").set("values", values());
        return spec;
    }

    private ArrayNode values() {
        ArrayNode values = JSON.arrayNode();
        for (List<Object> row : table.rows()) {
            ObjectNode o = values.addObject();
            for (int i = 0; i < table.columns().size(); i++) {
                put(o, table.columns().get(i), row.get(i));
            }
        }
        return values;
    }

    private static void put(ObjectNode o, String key, Object v) {
        if (v == null) {
            o.putNull(key);
        } else if (v instanceof BigDecimal d) {
            o.put(key, d);
        } else if (v instanceof BigInteger b) {
            o.put(key, b);
        } else if (v instanceof Double d) {
            // JSON has no NaN or infinity; a missing value is the honest rendering.
            if (d.isNaN() || d.isInfinite()) {
                o.putNull(key);
            } else {
                o.put(key, d);
            }
        } else if (v instanceof Float f) {
            put(o, key, f.doubleValue());
        } else if (v instanceof Number n) {
            o.put(key, n.longValue());
        } else if (v instanceof Boolean b) {
            o.put(key, b);
        } else {
            o.put(key, v.toString());
        }
    }
}

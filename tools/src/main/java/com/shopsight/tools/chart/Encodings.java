package com.shopsight.tools.chart;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Vega-Lite field definitions for the columns of one table: type, title and format read from
 * the values. Dates are temporal with a UTC time unit (an ISO date is UTC midnight to Vega, so
 * local time would show the day before west of Greenwich), formatted by month when every date
 * is a month's first day. A measure named like a share (share, rate, percent, ...) whose values
 * all lie in [0, 1] is shown in percent; whole numbers get thousands separators.
 */
final class Encodings {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern SHARE_NAME = Pattern.compile(
            "(?i).*(share|pct|percent|ratio|rate|proportion|conversion|confidence|support|probability).*");

    private final ChartTable table;

    Encodings(ChartTable table) {
        this.table = table;
    }

    /** {@code {"field", "type", "title"}} plus the time unit and axis or legend format. */
    ObjectNode channel(String column) {
        ObjectNode def = base(column);
        String format = format(column);
        if (format != null) {
            def.putObject("axis").put("format", format);
        }
        return def;
    }

    /** A channel whose guide is a legend (colour), with the legend's format. */
    ObjectNode legendChannel(String column) {
        ObjectNode def = base(column);
        String format = format(column);
        if (format != null) {
            def.putObject("legend").put("format", format);
        }
        return def;
    }

    /** A tooltip entry: the field with its title and format. */
    ObjectNode tooltip(String column) {
        ObjectNode def = base(column);
        String format = format(column);
        if (format != null) {
            def.put("format", format);
        }
        return def;
    }

    /** Tooltip entries for several columns, skipping nulls and repeats. */
    List<ObjectNode> tooltips(String... columns) {
        return java.util.Arrays.stream(columns).filter(Objects::nonNull).distinct().map(this::tooltip).toList();
    }

    private ObjectNode base(String column) {
        ObjectNode def = JSON.objectNode();
        def.put("field", escape(column));
        ChartTable.Kind kind = table.kind(column);
        def.put("type", switch (kind) {
            case TEMPORAL -> "temporal";
            case QUANTITATIVE -> "quantitative";
            case NOMINAL -> "nominal";
        });
        if (kind == ChartTable.Kind.TEMPORAL) {
            def.putObject("timeUnit").put("unit", monthly(column) ? "yearmonth" : "yearmonthdate").put("utc", true);
        }
        def.put("title", title(column));
        return def;
    }

    /** The d3 number or time format for {@code column}, or null for text. */
    String format(String column) {
        return switch (table.kind(column)) {
            case TEMPORAL -> monthly(column) ? "%b %Y" : "%d %b %Y";
            case QUANTITATIVE -> isShare(column) ? ".1%" : numberFormat(column);
            case NOMINAL -> null;
        };
    }

    /** Whether a measure is a share to show in percent. */
    boolean isShare(String column) {
        return SHARE_NAME.matcher(column).matches() && values(column).allMatch(v -> v >= 0 && v <= 1);
    }

    private String numberFormat(String column) {
        if (values(column).allMatch(v -> v == Math.rint(v))) {
            return ",.0f";
        }
        double max = values(column).map(Math::abs).max().orElse(0);
        return max >= 100 ? ",.0f" : ",.3~r";
    }

    private java.util.stream.DoubleStream values(String column) {
        int i = table.indexOf(column);
        return table.rows().stream().map(r -> r.get(i)).filter(Number.class::isInstance)
                .mapToDouble(v -> ((Number) v).doubleValue());
    }

    private boolean monthly(String column) {
        int i = table.indexOf(column);
        return table.rows().stream().map(r -> r.get(i)).filter(Objects::nonNull)
                .allMatch(v -> v instanceof LocalDate d && d.getDayOfMonth() == 1)
                && table.rows().size() > 1;
    }

    /** "units_sold" reads "Units sold". */
    static String title(String column) {
        String words = column.replace('_', ' ').strip();
        if (words.isEmpty()) {
            return column;
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** Vega-Lite reads dots and brackets in a field name as nesting; escaped, they are plain characters. */
    static String escape(String column) {
        return column.replace("\\", "\\\\").replace(".", "\\.").replace("[", "\\[").replace("]", "\\]");
    }

    /** A field as a Vega expression: {@code datum['units']}. */
    static String datum(String column) {
        return "datum[" + quote(column) + "]";
    }

    /** A string literal for a Vega expression. */
    static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}

package com.shopsight.tools.chart;

import java.util.List;
import java.util.Locale;

/** Picks what a table shows from its columns' kinds, for {@link Shows.Auto}. */
final class AutoChart {
    private AutoChart() {}

    /** The chart that fits, or null when none does. */
    static Shows pick(ChartTable t) {
        List<String> dates = t.columnsOf(ChartTable.Kind.TEMPORAL);
        List<String> numbers = t.columnsOf(ChartTable.Kind.QUANTITATIVE);
        List<String> texts = t.columnsOf(ChartTable.Kind.NOMINAL);
        if (!dates.isEmpty() && !numbers.isEmpty()) {
            String lower = named(numbers, "lower", "lo");
            String upper = named(numbers, "upper", "hi");
            String value = numbers.stream().filter(n -> !n.equals(lower) && !n.equals(upper)).findFirst().orElse(null);
            if (lower != null && upper != null && value != null && !texts.isEmpty()) {
                return new Shows.Forecast(dates.get(0), value, lower, upper, texts.get(0));
            }
            return new Shows.TimeSeries(dates.get(0), numbers.get(0), texts.isEmpty() ? null : texts.get(0));
        }
        if (texts.size() >= 2 && !numbers.isEmpty()) {
            String a = texts.get(0);
            String b = texts.get(1);
            if (t.distinct(a) > ChartTool.MAX_ARC_PARTS && t.distinct(b) > ChartTool.MAX_ARC_PARTS) {
                return new Shows.Heatmap(a, b, numbers.get(0));
            }
            // The dimension with more values goes along the axis, the smaller one into colours.
            return t.distinct(a) >= t.distinct(b)
                    ? new Shows.Breakdown(a, b, numbers.get(0), false)
                    : new Shows.Breakdown(b, a, numbers.get(0), false);
        }
        if (texts.size() == 1 && !numbers.isEmpty()) {
            return new Shows.Ranking(texts.get(0), numbers.get(0));
        }
        if (numbers.size() >= 2) {
            return new Shows.Scatter(numbers.get(0), numbers.get(1), texts.isEmpty() ? null : texts.get(0), null);
        }
        return null;
    }

    /** The first column whose name is, starts or ends with one of {@code words}. */
    private static String named(List<String> columns, String... words) {
        for (String c : columns) {
            String n = c.toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (n.equals(w) || n.startsWith(w + "_") || n.endsWith("_" + w) || (w.length() > 2 && n.contains(w))) {
                    return c;
                }
            }
        }
        return null;
    }
}

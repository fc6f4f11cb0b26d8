package com.shopsight.tools.chart;

import java.util.Locale;

/** Whether the columns a chart uses hold what it needs: numbers to measure, dates or numbers along time. */
final class KindCheck {
    private KindCheck() {}

    /** What is wrong, in a sentence, or null when the table fits. */
    static String problem(ChartTable t, Shows shows) {
        if (shows instanceof Shows.TimeSeries s) {
            return first(time(t, s.time()), measure(t, s.measure()));
        }
        if (shows instanceof Shows.Forecast s) {
            return first(time(t, s.time()), measure(t, s.value()), measure(t, s.lower()), measure(t, s.upper()));
        }
        if (shows instanceof Shows.Ranking s) {
            return measure(t, s.measure());
        }
        if (shows instanceof Shows.Breakdown s) {
            return measure(t, s.measure());
        }
        if (shows instanceof Shows.Share s) {
            String m = measure(t, s.measure());
            if (m != null) {
                return m;
            }
            int i = t.indexOf(s.measure());
            boolean negative = t.rows().stream().map(r -> r.get(i)).anyMatch(v -> v instanceof Number n && n.doubleValue() < 0);
            return negative ? "a share needs parts of zero or more, and " + s.measure() + " has negative values" : null;
        }
        if (shows instanceof Shows.Scatter s) {
            return first(measure(t, s.x()), measure(t, s.y()));
        }
        if (shows instanceof Shows.Heatmap s) {
            return measure(t, s.measure());
        }
        return null;
    }

    private static String time(ChartTable t, String column) {
        ChartTable.Kind k = t.kind(column);
        return k == ChartTable.Kind.TEMPORAL || k == ChartTable.Kind.QUANTITATIVE ? null
                : "the time axis " + column + " holds " + kindWord(k) + ", not dates";
    }

    private static String measure(ChartTable t, String column) {
        ChartTable.Kind k = t.kind(column);
        return k == ChartTable.Kind.QUANTITATIVE ? null : "the measure " + column + " holds " + kindWord(k) + ", not numbers";
    }

    private static String kindWord(ChartTable.Kind k) {
        return k == ChartTable.Kind.NOMINAL ? "text" : k.name().toLowerCase(Locale.ROOT) + " values";
    }

    private static String first(String... problems) {
        for (String p : problems) {
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}

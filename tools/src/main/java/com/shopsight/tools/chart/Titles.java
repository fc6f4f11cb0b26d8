package com.shopsight.tools.chart;

import java.util.Locale;

/** Default chart titles made from column names: "Units by week". */
final class Titles {
    private Titles() {}

    static String of(Shows.TimeSeries s) {
        return cap(words(s.measure()) + " by " + words(s.time()) + (s.series() == null ? "" : " and " + words(s.series())));
    }

    static String of(Shows.Forecast s) {
        return cap(words(s.value()) + ": history and forecast");
    }

    static String of(Shows.Ranking s) {
        return cap(words(s.measure()) + " by " + words(s.category()));
    }

    static String of(Shows.Breakdown s) {
        return cap(words(s.measure()) + " by " + words(s.category()) + " and " + words(s.group()));
    }

    static String of(Shows.Share s) {
        return cap("share of " + words(s.measure()) + " by " + words(s.category()));
    }

    static String of(Shows.Scatter s) {
        return cap(words(s.y()) + " against " + words(s.x()));
    }

    static String of(Shows.Heatmap s) {
        return cap(words(s.measure()) + " by " + words(s.x()) + " and " + words(s.y()));
    }

    private static String words(String column) {
        return column.replace('_', ' ').strip().toLowerCase(Locale.ROOT);
    }

    private static String cap(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}

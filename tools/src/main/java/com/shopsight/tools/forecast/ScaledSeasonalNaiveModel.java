package com.shopsight.tools.forecast;

import java.util.Arrays;

/**
 * Seasonal naive moved to the current level: the value one season ago times the ratio of the
 * last {@code k} periods to the same {@code k} periods one season earlier. It is the seasonal
 * method that needs only one season and a little more, which is what two years of weekly
 * sales leave once a backtest takes its share (Holt-Winters needs two full seasons at every
 * origin). The ratio is kept between 1/4 and 4, and is 1 when the earlier periods sold nothing.
 */
final class ScaledSeasonalNaiveModel extends Model {
    static final double MAX_RATIO = 4;

    private final int season;
    private final int k;
    /** The last {@code season + k} values, oldest first. */
    private final double[] window;

    /** The number of recent periods the ratio compares: 8 weeks, 3 months, 1 quarter. */
    static int recent(int season) {
        return Math.max(1, Math.min(8, season / 4));
    }

    /** Starts from the end of {@code y}, which holds at least {@code season + recent(season)} values. */
    ScaledSeasonalNaiveModel(double[] y, int season) {
        this(season, recent(season), Arrays.copyOfRange(y, y.length - season - recent(season), y.length));
    }

    private ScaledSeasonalNaiveModel(int season, int k, double[] window) {
        this.season = season;
        this.k = k;
        this.window = window;
    }

    /** The current level ratio. */
    double ratio() {
        int n = window.length;
        double now = 0;
        double before = 0;
        for (int i = 0; i < k; i++) {
            now += window[n - 1 - i];
            before += window[n - 1 - i - season];
        }
        if (before <= 0) {
            return 1;
        }
        return Math.max(1 / MAX_RATIO, Math.min(MAX_RATIO, now / before));
    }

    @Override
    double predict() {
        return window[window.length - season] * ratio();
    }

    @Override
    void observe(double actual) {
        System.arraycopy(window, 1, window, 0, window.length - 1);
        window[window.length - 1] = actual;
    }

    @Override
    Model copy() {
        return new ScaledSeasonalNaiveModel(season, k, window.clone());
    }
}

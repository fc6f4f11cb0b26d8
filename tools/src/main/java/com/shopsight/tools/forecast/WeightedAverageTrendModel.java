package com.shopsight.tools.forecast;

import java.util.Arrays;

/**
 * Our reading of the Python prototype's "weighted average plus trend": the level is the
 * average of the last 4 periods weighted 1, 2, 3, 4 (which centres it one period before the
 * last), the trend is the least-squares slope of the last 8 periods, and the next period is
 * level + 2 x slope. No parameters are fitted, which is what makes it a useful baseline.
 */
final class WeightedAverageTrendModel extends Model {
    static final int LEVEL_WINDOW = 4;
    static final int SLOPE_WINDOW = 8;

    /** The last {@link #SLOPE_WINDOW} values, oldest first. */
    private final double[] window;

    WeightedAverageTrendModel(double[] y) {
        window = Arrays.copyOfRange(y, y.length - SLOPE_WINDOW, y.length);
    }

    private WeightedAverageTrendModel(double[] window, boolean copy) {
        this.window = copy ? window.clone() : window;
    }

    @Override
    double predict() {
        int n = window.length;
        double level = 0;
        double weights = 0;
        for (int i = 0; i < LEVEL_WINDOW; i++) {
            double w = i + 1;
            level += w * window[n - LEVEL_WINDOW + i];
            weights += w;
        }
        level /= weights;
        return level + 2 * slope();
    }

    private double slope() {
        int n = window.length;
        double xMean = (n - 1) / 2.0;
        double yMean = Arrays.stream(window).average().orElse(0);
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            num += (i - xMean) * (window[i] - yMean);
            den += (i - xMean) * (i - xMean);
        }
        return num / den;
    }

    @Override
    void observe(double actual) {
        System.arraycopy(window, 1, window, 0, window.length - 1);
        window[window.length - 1] = actual;
    }

    @Override
    Model copy() {
        return new WeightedAverageTrendModel(window, true);
    }
}

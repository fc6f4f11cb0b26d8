package com.shopsight.tools.forecast;

/**
 * Accumulates one method's hold-out errors over the backtest's origins: MASE (the mean
 * absolute error scaled by the in-sample mean absolute error of a naive or seasonal naive
 * forecast, per origin, then averaged), sMAPE, MAPE (over non-zero actuals only), MAE and the
 * share of actuals inside the 80 % and 95 % intervals.
 */
final class Accuracy {
    private double maseSum;
    private int maseOrigins;
    private double absSum;
    private double smapeSum;
    private double apeSum;
    private int apeCount;
    private int inside80;
    private int inside95;
    private int points;

    /** Adds one origin's forecasts against its actuals; {@code scale} 0 leaves MASE out for this origin. */
    void add(Intervals.Band[] bands, double[] actual, double scale) {
        double originAbs = 0;
        for (int i = 0; i < actual.length; i++) {
            double f = bands[i].point();
            double y = actual[i];
            double e = Math.abs(y - f);
            originAbs += e;
            double denominator = Math.abs(y) + Math.abs(f);
            smapeSum += denominator == 0 ? 0 : 200 * e / denominator;
            if (y != 0) {
                apeSum += 100 * e / Math.abs(y);
                apeCount++;
            }
            inside80 += bands[i].covers80(y) ? 1 : 0;
            inside95 += bands[i].covers95(y) ? 1 : 0;
            points++;
        }
        absSum += originAbs;
        if (scale > 0) {
            maseSum += originAbs / actual.length / scale;
            maseOrigins++;
        }
    }

    /** The mean MASE over origins with a non-zero scale, or null when there were none. */
    Double mase() {
        return maseOrigins == 0 ? null : maseSum / maseOrigins;
    }

    double mae() {
        return absSum / points;
    }

    double smape() {
        return smapeSum / points;
    }

    /** The MAPE over non-zero actuals, or null when every actual was zero. */
    Double mape() {
        return apeCount == 0 ? null : apeSum / apeCount;
    }

    double coverage80() {
        return (double) inside80 / points;
    }

    double coverage95() {
        return (double) inside95 / points;
    }

    /** The in-sample mean absolute error of the forecast "same as {@code lag} periods ago"; 0 for a flat history. */
    static double scale(double[] y, int length, int lag) {
        double sum = 0;
        for (int t = lag; t < length; t++) {
            sum += Math.abs(y[t] - y[t - lag]);
        }
        return length > lag ? sum / (length - lag) : 0;
    }
}

package com.shopsight.tools.forecast;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fits each method to a history. Smoothing parameters (and, for SES and Holt, the initial
 * states) minimise the sum of squared one-step errors, found by {@link Minimiser}; for
 * additive errors that is also the maximum-likelihood fit of the matching ETS model.
 */
final class Fitter {
    private static final double LOW = 1e-4;
    private static final double HIGH = 0.9999;
    /** The range of the damping factor, as in Hyndman's forecast package. */
    private static final double PHI_LOW = 0.8;
    private static final double PHI_HIGH = 0.98;

    private Fitter() {}

    /**
     * Fits {@code method} to {@code y}; the caller checks {@link #eligibility} first.
     *
     * @param season the season length, 1 for none
     */
    static Fit fit(Method method, double[] y, int season) {
        return switch (method) {
            case NAIVE -> naive(y);
            case SEASONAL_NAIVE -> seasonalNaive(y, season);
            case SEASONAL_NAIVE_SCALED -> scaledSeasonalNaive(y, season);
            case DRIFT -> drift(y);
            case WEIGHTED_AVERAGE_TREND -> weightedAverageTrend(y);
            case SES -> ses(y);
            case HOLT_DAMPED -> holtDamped(y);
            case HOLT_WINTERS_ADDITIVE -> holtWinters(y, season, false);
            case HOLT_WINTERS_MULTIPLICATIVE -> holtWinters(y, season, true);
        };
    }

    /** Why {@code method} cannot be fitted to {@code n} periods of {@code y}, or null when it can. */
    static String eligibility(Method method, double[] y, int n, int season) {
        if (method.seasonal() && season < 2) {
            return "needs a season length of 2 or more";
        }
        if (n < method.minLength(season)) {
            return "needs at least " + method.minLength(season) + " periods"
                    + (method == Method.HOLT_WINTERS_ADDITIVE || method == Method.HOLT_WINTERS_MULTIPLICATIVE
                            ? " (two full seasons)" : method.seasonal() ? " (a season and a little more)" : "");
        }
        if (method == Method.HOLT_WINTERS_MULTIPLICATIVE) {
            for (int t = 0; t < n; t++) {
                if (y[t] <= 0) {
                    return "needs every value above zero";
                }
            }
        }
        return null;
    }

    private static Fit naive(double[] y) {
        double sse = 0;
        for (int t = 1; t < y.length; t++) {
            sse += sq(y[t] - y[t - 1]);
        }
        return new Fit(Method.NAIVE, Map.of(), new NaiveModel(y[y.length - 1]), sigma(sse, y.length - 1, 0));
    }

    private static Fit seasonalNaive(double[] y, int m) {
        double sse = 0;
        for (int t = m; t < y.length; t++) {
            sse += sq(y[t] - y[t - m]);
        }
        return new Fit(Method.SEASONAL_NAIVE, Map.of(), SeasonalNaiveModel.after(y, m), sigma(sse, y.length - m, 0));
    }

    private static Fit scaledSeasonalNaive(double[] y, int m) {
        int start = m + ScaledSeasonalNaiveModel.recent(m);
        Model warm = new ScaledSeasonalNaiveModel(Arrays.copyOf(y, start), m);
        double sse = warm.sumOfSquaredErrors(Arrays.copyOfRange(y, start, y.length), 0);
        ScaledSeasonalNaiveModel model = new ScaledSeasonalNaiveModel(y, m);
        return new Fit(Method.SEASONAL_NAIVE_SCALED, params("ratio", model.ratio()), model, sigma(sse, y.length - start, 0));
    }

    private static Fit drift(double[] y) {
        int n = y.length;
        double slope = (y[n - 1] - y[0]) / (n - 1);
        double sse = 0;
        for (int t = 1; t < n; t++) {
            sse += sq(y[t] - y[t - 1] - slope);
        }
        return new Fit(Method.DRIFT, Map.of("slope", slope), new DriftModel(y[n - 1], slope), sigma(sse, n - 1, 1));
    }

    private static Fit weightedAverageTrend(double[] y) {
        int w = WeightedAverageTrendModel.SLOPE_WINDOW;
        Model m = new WeightedAverageTrendModel(Arrays.copyOf(y, w));
        double sse = m.sumOfSquaredErrors(Arrays.copyOfRange(y, w, y.length), 0);
        // With exactly one window of history there is no one-step error yet: borrow naive's.
        double sigma = y.length > w ? sigma(sse, y.length - w, 0) : naive(y).sigma();
        return new Fit(Method.WEIGHTED_AVERAGE_TREND,
                params("levelWindow", (double) WeightedAverageTrendModel.LEVEL_WINDOW, "slopeWindow", (double) w),
                new WeightedAverageTrendModel(y), sigma);
    }

    private static Fit ses(double[] y) {
        Range r = Range.of(y);
        double[] lower = {LOW, r.min - r.width / 2};
        double[] upper = {HIGH, r.max + r.width / 2};
        double start = mean(y, 0, Math.min(4, y.length));
        double[] p = Minimiser.minimise(x -> new SesModel(x[0], x[1]).sumOfSquaredErrors(y, 0), lower, upper,
                new double[] {0.2, y[0]}, new double[] {0.5, start}, new double[] {0.9, y[0]});
        Model model = new SesModel(p[0], p[1]);
        double sse = model.sumOfSquaredErrors(y, 0);
        return new Fit(Method.SES, params("alpha", p[0], "level0", p[1]), model, sigma(sse, y.length, 2));
    }

    private static Fit holtDamped(double[] y) {
        Range r = Range.of(y);
        double[] lower = {LOW, LOW, PHI_LOW, r.min - r.width / 2, -r.width};
        double[] upper = {HIGH, HIGH, PHI_HIGH, r.max + r.width / 2, r.width};
        int k = Math.min(4, y.length);
        double b0 = (y[k - 1] - y[0]) / (k - 1);
        double[] p = Minimiser.minimise(
                x -> new HoltDampedModel(x[0], x[1], x[2], x[3], x[4]).sumOfSquaredErrors(y, 0), lower, upper,
                new double[] {0.3, 0.1, 0.95, y[0], b0}, new double[] {0.7, 0.3, 0.9, y[0], 0},
                new double[] {0.1, 0.05, 0.98, mean(y, 0, k), 0});
        Model model = new HoltDampedModel(p[0], p[1], p[2], p[3], p[4]);
        double sse = model.sumOfSquaredErrors(y, 0);
        return new Fit(Method.HOLT_DAMPED, params("alpha", p[0], "beta", p[1], "phi", p[2], "level0", p[3], "trend0", p[4]),
                model, sigma(sse, y.length, 5));
    }

    private static Fit holtWinters(double[] y, int m, boolean multiplicative) {
        Start s = Start.of(y, m, multiplicative);
        double[] lower = {LOW, LOW, LOW};
        double[] upper = {HIGH, HIGH, HIGH};
        double[] p = Minimiser.minimise(x -> s.model(multiplicative, x).sumOfSquaredErrors(y, 0), lower, upper,
                new double[] {0.3, 0.05, 0.1}, new double[] {0.6, 0.1, 0.3}, new double[] {0.1, 0.01, 0.05});
        Model model = s.model(multiplicative, p);
        Map<String, Double> parameters = params("alpha", p[0], "beta", p[1], "gamma", p[2], "level0", s.level, "trend0", s.trend);
        if (multiplicative) {
            // A multiplicative season means errors that grow with the level: measure them relative to it.
            double relativeSq = 0;
            for (double v : y) {
                double predicted = model.predict();
                relativeSq += predicted == 0 ? 0 : sq((v - predicted) / predicted);
                model.observe(v);
            }
            return new Fit(Method.HOLT_WINTERS_MULTIPLICATIVE, parameters, model, sigma(relativeSq, y.length, 5), true);
        }
        double sse = model.sumOfSquaredErrors(y, 0);
        return new Fit(Method.HOLT_WINTERS_ADDITIVE, parameters, model, sigma(sse, y.length, 5));
    }

    /**
     * Holt-Winters' starting states from the first two seasons: the trend from the change
     * between the two seasons' means, the level from the first season's mean moved back to
     * the period before the first, and each seasonal state from the two detrended values at
     * its position, normalised to sum to 0 (additive) or average 1 (multiplicative).
     */
    private record Start(double level, double trend, double[] season) {
        static Start of(double[] y, int m, boolean multiplicative) {
            double first = mean(y, 0, m);
            double second = mean(y, m, 2 * m);
            double trend = (second - first) / m;
            double centre = (m - 1) / 2.0;
            double level = first - trend * (centre + 1);
            double[] season = new double[m];
            for (int j = 0; j < m; j++) {
                double sum = 0;
                for (int cycle = 0; cycle < 2; cycle++) {
                    int t = cycle * m + j;
                    double trendValue = first + trend * (t - centre);
                    // A steep early trend can cross zero; the season's own mean is then the safer base.
                    double base = multiplicative && trendValue <= 0 ? (cycle == 0 ? first : second) : trendValue;
                    sum += multiplicative ? y[t] / base : y[t] - base;
                }
                season[j] = sum / 2;
            }
            double avg = Arrays.stream(season).average().orElse(0);
            for (int j = 0; j < m; j++) {
                season[j] = multiplicative ? season[j] / avg : season[j] - avg;
            }
            return new Start(level, trend, season);
        }

        Model model(boolean multiplicative, double[] p) {
            return new HoltWintersModel(multiplicative, p[0], p[1], p[2], level, trend, season.clone(), 0);
        }
    }

    /** The spread of a series, never zero wide (a flat series still gets room to search). */
    private record Range(double min, double max, double width) {
        static Range of(double[] y) {
            double min = Arrays.stream(y).min().orElse(0);
            double max = Arrays.stream(y).max().orElse(0);
            double width = max - min;
            if (width <= 0) {
                width = Math.max(1, Math.abs(max));
            }
            return new Range(min, max, width);
        }
    }

    /** The error standard deviation from {@code count} squared errors and {@code fitted} parameters. */
    private static double sigma(double sse, int count, int fitted) {
        return Math.sqrt(sse / Math.max(1, count - fitted));
    }

    private static Map<String, Double> params(Object... nameValue) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            out.put((String) nameValue[i], (Double) nameValue[i + 1]);
        }
        return out;
    }

    static double mean(double[] y, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += y[i];
        }
        return sum / (to - from);
    }

    private static double sq(double x) {
        return x * x;
    }
}

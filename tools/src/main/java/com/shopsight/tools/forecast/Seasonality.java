package com.shopsight.tools.forecast;

/**
 * How strongly a series repeats each season: the share of its detrended variance that a fixed
 * seasonal pattern explains, from 0 (none) to 1 (all). The pattern is the mean detrended value
 * at each position of the season; with only two or three seasons those means are noisy, so the
 * variance the noise alone would give them is taken off first, which keeps white noise near 0
 * on average. It stays a noisy measure on two seasons: weekly white noise over two years scores
 * 0.05 on average and up to about 0.3 now and then.
 */
final class Seasonality {
    private Seasonality() {}

    /** The strength, or null when there are fewer than two full seasons or no season. */
    static Double strength(double[] y, int season) {
        int n = y.length;
        if (season < 2 || n < 2 * season) {
            return null;
        }
        double[] d = detrended(y);
        double[] sum = new double[season];
        int[] count = new int[season];
        for (int t = 0; t < n; t++) {
            sum[t % season] += d[t];
            count[t % season]++;
        }
        double seasonalSq = 0;
        double residualSq = 0;
        double inverseCount = 0;
        for (int t = 0; t < n; t++) {
            int j = t % season;
            double s = sum[j] / count[j];
            seasonalSq += s * s;
            residualSq += (d[t] - s) * (d[t] - s);
            inverseCount += 1.0 / count[j];
        }
        int dof = n - season - 2;
        if (dof <= 0) {
            return null;
        }
        double noise = residualSq / dof;
        double pattern = Math.max(0, seasonalSq / n - noise * inverseCount / n);
        return pattern + noise == 0 ? 0.0 : pattern / (pattern + noise);
    }

    /** A word for a strength: strong, moderate, weak, none, or unknown for null. */
    static String describe(Double strength) {
        if (strength == null) {
            return "unknown";
        }
        return strength >= 0.6 ? "strong" : strength >= 0.3 ? "moderate" : strength >= 0.1 ? "weak" : "none";
    }

    /** {@code y} minus its least-squares straight line. */
    private static double[] detrended(double[] y) {
        int n = y.length;
        double xMean = (n - 1) / 2.0;
        double yMean = Fitter.mean(y, 0, n);
        double num = 0;
        double den = 0;
        for (int t = 0; t < n; t++) {
            num += (t - xMean) * (y[t] - yMean);
            den += (t - xMean) * (t - xMean);
        }
        double slope = num / den;
        double[] d = new double[n];
        for (int t = 0; t < n; t++) {
            d[t] = y[t] - (yMean + slope * (t - xMean));
        }
        return d;
    }
}

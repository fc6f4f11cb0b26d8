package com.shopsight.tools.forecast;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Prediction intervals by simulation: many future paths of the fitted recursion, each fed its
 * own predictions plus normal errors of the fitted sigma, and the 2.5, 10, 90 and 97.5 %
 * quantiles of each period across the paths. The same code serves every method and widens
 * the intervals the way each method compounds its errors (a random walk's grow with the
 * square root of the horizon, a seasonal naive's step up once a season). Parameter
 * uncertainty is not included, so coverage runs a little under nominal on short histories.
 */
final class Intervals {
    /** Paths for a forecast that is shown: its quantiles are stable to about 1 %. */
    static final int PATHS = 2000;
    /** Paths for a backtest origin, which only needs to know whether actuals fall inside. */
    static final int BACKTEST_PATHS = 500;

    private Intervals() {}

    /** One period's forecast: the point and the 80 % and 95 % bounds. */
    record Band(double point, double lo80, double hi80, double lo95, double hi95) {
        boolean covers80(double actual) {
            return actual >= lo80 && actual <= hi80;
        }

        boolean covers95(double actual) {
            return actual >= lo95 && actual <= hi95;
        }
    }

    /**
     * The bands of each period and of their total over the horizon, from the same paths.
     *
     * @param total the sum of the point forecasts, and the quantiles of each path's sum (the
     *     periods' errors compound, so this is narrower than the sum of the periods' bounds)
     */
    record Simulation(Band[] bands, Band total) {}

    /** The point forecasts and bands for {@code horizon} periods; the same seed gives the same bands. */
    static Band[] of(Fit fit, int horizon, int pathCount, long seed) {
        return simulate(fit, horizon, pathCount, false, seed).bands();
    }

    /**
     * The bands of each period and of the total; with {@code nonNegative}, a path's values below
     * zero count as zero in its total, as a series of sales cannot go below zero.
     */
    static Simulation simulate(Fit fit, int horizon, int pathCount, boolean nonNegative, long seed) {
        double[] points = fit.model().forecast(horizon);
        Band[] out = new Band[horizon];
        double pointTotal = 0;
        for (double p : points) {
            pointTotal += nonNegative ? Math.max(0, p) : p;
        }
        if (fit.sigma() == 0) {
            for (int i = 0; i < horizon; i++) {
                out[i] = new Band(points[i], points[i], points[i], points[i], points[i]);
            }
            return new Simulation(out, new Band(pointTotal, pointTotal, pointTotal, pointTotal, pointTotal));
        }
        double[][] paths = new double[horizon][pathCount];
        double[] totals = new double[pathCount];
        SplittableRandom random = new SplittableRandom(seed);
        for (int p = 0; p < pathCount; p++) {
            Model m = fit.model().copy();
            for (int i = 0; i < horizon; i++) {
                double mean = m.predict();
                double error = fit.sigma() * gaussian(random);
                double y = fit.relative() ? mean * (1 + error) : mean + error;
                paths[i][p] = y;
                totals[p] += nonNegative ? Math.max(0, y) : y;
                m.observe(y);
            }
        }
        for (int i = 0; i < horizon; i++) {
            double[] v = paths[i];
            Arrays.sort(v);
            out[i] = new Band(points[i], quantile(v, 0.10), quantile(v, 0.90), quantile(v, 0.025), quantile(v, 0.975));
        }
        Arrays.sort(totals);
        Band total = new Band(pointTotal, quantile(totals, 0.10), quantile(totals, 0.90), quantile(totals, 0.025),
                quantile(totals, 0.975));
        return new Simulation(out, total);
    }

    /** The {@code q} quantile of sorted values, interpolating between neighbours. */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /** A standard normal draw (Marsaglia's polar method), from a random source that can be seeded. */
    private static double gaussian(SplittableRandom random) {
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }
}

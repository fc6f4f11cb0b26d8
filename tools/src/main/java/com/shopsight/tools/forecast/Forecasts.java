package com.shopsight.tools.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The forecasting engine on plain numbers: chooses the method by backtest (or falls back to
 * naive when the history is too short to compare methods), refits it on the whole history and
 * forecasts with intervals. Knows nothing of SQL or calendars.
 */
final class Forecasts {
    private Forecasts() {}

    /**
     * What the engine decided and forecast.
     *
     * @param bands one per future period; bounds are NaN when the history cannot give an error estimate
     * @param total the sum over the horizon, with bounds from the same simulated paths (NaN like the bands')
     * @param backtest null when the history was too short for one
     */
    record Outcome(Method method, Map<String, Double> parameters, Intervals.Band[] bands, Intervals.Band total,
            Backtest backtest, List<String> notes) {}

    /**
     * Forecasts {@code horizon} periods after {@code y}.
     *
     * @param season the season length, 1 for none
     * @param forced a method to use whatever the backtest says, or null to let it choose
     */
    static Outcome run(double[] y, int season, int horizon, Method forced, long seed) {
        if (y.length == 0) {
            throw new IllegalArgumentException("an empty history cannot be forecast");
        }
        boolean nonNegative = Arrays.stream(y).allMatch(v -> v >= 0);
        List<String> notes = new ArrayList<>();
        Backtest backtest = null;
        Method method;
        if (RollingOrigin.possible(y.length, horizon)) {
            RollingOrigin.Evaluation e = RollingOrigin.run(y, season, horizon, nonNegative, seed);
            backtest = e.backtest();
            method = e.best();
        } else {
            method = Method.NAIVE;
            notes.add("Only " + y.length + " period" + (y.length == 1 ? "" : "s") + " of history: too few to compare methods"
                    + " on held-out data (that needs at least " + (horizon + RollingOrigin.MIN_TRAINING)
                    + " for this horizon), so the forecast carries the last period forward (naive), the simplest"
                    + " defensible method" + (y.length < 3 ? ", without intervals." : "; its intervals are rough."));
        }
        if (forced != null) {
            String why = Fitter.eligibility(forced, y, y.length, season);
            if (why == null) {
                if (forced != method) {
                    notes.add("Method " + forced.code() + " was asked for; the backtest's best was " + method.code() + ".");
                }
                method = forced;
            } else {
                notes.add("Method " + forced.code() + " was asked for but " + why + "; using " + method.code() + " instead.");
            }
        }
        if (y.length == 1) {
            Intervals.Band[] bands = new Intervals.Band[horizon];
            Arrays.fill(bands, noBounds(y[0]));
            return new Outcome(method, Map.of(), bands, noBounds(y[0] * horizon), null, notes);
        }
        Fit fit = Fitter.fit(method, y, season);
        Intervals.Simulation simulation = simulate(fit, horizon, Intervals.PATHS, nonNegative, seed);
        Intervals.Band[] bands = simulation.bands();
        Intervals.Band total = simulation.total();
        if (y.length < 3) {
            for (int i = 0; i < bands.length; i++) {
                bands[i] = noBounds(bands[i].point());
            }
            total = noBounds(total.point());
        }
        if (nonNegative) {
            notes.add("The history has no negative values, so forecasts and bounds below zero are shown as zero.");
        }
        return new Outcome(method, fit.parameters(), bands, total, backtest, notes);
    }

    private static Intervals.Band noBounds(double point) {
        return new Intervals.Band(point, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** The fit's bands, cut at zero for a series that cannot go negative (sales). */
    static Intervals.Band[] bands(Fit fit, int horizon, int paths, boolean nonNegative, long seed) {
        return simulate(fit, horizon, paths, nonNegative, seed).bands();
    }

    /** The fit's bands and total, cut at zero for a series that cannot go negative (sales). */
    private static Intervals.Simulation simulate(Fit fit, int horizon, int paths, boolean nonNegative, long seed) {
        Intervals.Simulation s = Intervals.simulate(fit, horizon, paths, nonNegative, seed);
        Intervals.Band[] bands = s.bands();
        if (nonNegative) {
            for (int i = 0; i < horizon; i++) {
                bands[i] = atLeastZero(bands[i]);
            }
            return new Intervals.Simulation(bands, atLeastZero(s.total()));
        }
        return s;
    }

    private static Intervals.Band atLeastZero(Intervals.Band b) {
        return new Intervals.Band(Math.max(0, b.point()), Math.max(0, b.lo80()), Math.max(0, b.hi80()),
                Math.max(0, b.lo95()), Math.max(0, b.hi95()));
    }
}

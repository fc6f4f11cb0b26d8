package com.shopsight.tools.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The rolling-origin backtest that picks the method. Origins step back from the end of the
 * history, so the test windows cover the most recent behaviour (see {@link #keptOrigins}).
 * All candidates are scored on the same origins, and no candidate ever sees a period at or
 * after its origin.
 */
final class RollingOrigin {
    static final int MAX_ORIGINS = 8;
    static final int MIN_ORIGINS = 3;
    /** The shortest training window an origin may have. */
    static final int MIN_TRAINING = 8;

    private RollingOrigin() {}

    /** The backtest table and its winner. */
    record Evaluation(Backtest backtest, Method best) {}

    /** Whether {@code n} periods are enough for a backtest with this horizon. */
    static boolean possible(int n, int horizon) {
        return n - horizon >= MIN_TRAINING;
    }

    /** Runs the backtest; {@link #possible} must hold. */
    static Evaluation run(double[] y, int season, int horizon, boolean nonNegative, long seed) {
        List<Integer> origins = keptOrigins(y, season, horizon);
        int earliest = origins.get(origins.size() - 1);
        List<Method> candidates = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        for (Method m : Method.values()) {
            String why = Fitter.eligibility(m, y, earliest, season);
            if (why == null) {
                for (int o : origins) {
                    why = why != null ? why : Fitter.eligibility(m, y, o, season);
                }
            }
            if (why == null) {
                candidates.add(m);
            } else {
                excluded.add(new Excluded(m, why + "; the earliest backtest origin has " + earliest));
            }
        }
        int lag = season > 1 && earliest > season ? season : 1;
        Map<Method, Accuracy> accuracy = new EnumMap<>(Method.class);
        for (Method m : candidates) {
            accuracy.put(m, new Accuracy());
        }
        for (int o : origins) {
            double[] train = Arrays.copyOf(y, o);
            double[] actual = Arrays.copyOfRange(y, o, o + horizon);
            double scale = Accuracy.scale(train, o, lag);
            for (Method m : candidates) {
                Fit fit = Fitter.fit(m, train, season);
                accuracy.get(m).add(Forecasts.bands(fit, horizon, Intervals.BACKTEST_PATHS, nonNegative, seed + o), actual, scale);
            }
        }
        boolean byMase = accuracy.values().stream().allMatch(a -> a.mase() != null);
        ToDoubleFunction<Method> score = m -> byMase ? accuracy.get(m).mase() : accuracy.get(m).mae();
        List<Method> ranked = candidates.stream().sorted(Comparator.comparingDouble(score)).toList();
        // The sort is stable over the declaration order, so the simpler method wins an exact tie.
        Method best = ranked.get(0);
        List<BacktestRow> rows = new ArrayList<>();
        for (Method m : ranked) {
            Accuracy a = accuracy.get(m);
            rows.add(new BacktestRow(m, a.mase(), a.smape(), a.mape(), a.mae(), a.coverage80(), a.coverage95(), m == best));
        }
        String scaledBy = (lag > 1 ? "the in-sample mean absolute error of seasonal naive (lag " + lag + ")"
                : "the in-sample mean absolute error of naive (lag 1)")
                + (byMase ? "" : "; some training windows were flat, so candidates are ranked by MAE");
        return new Evaluation(new Backtest(origins.size(), horizon, origins, scaledBy, rows, excluded), best);
    }

    /**
     * The origins (as training lengths, latest first). They start one horizon before the end
     * and step back by up to one horizon, at most {@link #MAX_ORIGINS} of them, with the
     * earliest still long enough for every method that could be fitted at
     * {@link #MIN_ORIGINS} or more origins, and in the later half of the history; steps shorten
     * (down to one period) when the history is short, so that a seasonal method with just
     * over a season of history still takes part.
     */
    static List<Integer> keptOrigins(double[] y, int season, int horizon) {
        int n = y.length;
        int latest = n - horizon;
        int need = MIN_TRAINING;
        for (Method m : Method.values()) {
            int length = m.minLength(season);
            boolean applies = !m.seasonal() || season > 1;
            if (applies && length > need && latest - (MIN_ORIGINS - 1) >= length) {
                need = length;
            }
        }
        // Origins stay in the later half of the history: a method judged on a small part of the
        // data (Holt-Winters on exactly two seasons) says little about how it does on all of it.
        need = Math.max(need, Math.min(latest - (MIN_ORIGINS - 1), (n + 1) / 2));
        int room = latest - need;
        int count = Math.min(MAX_ORIGINS, room + 1);
        int step = count > 1 ? Math.max(1, Math.min(horizon, room / (count - 1))) : 1;
        List<Integer> origins = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            origins.add(latest - i * step);
        }
        return List.copyOf(origins);
    }
}

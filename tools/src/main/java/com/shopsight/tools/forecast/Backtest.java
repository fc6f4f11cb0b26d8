package com.shopsight.tools.forecast;

import java.util.List;

/**
 * How the method was chosen: a rolling-origin (walk-forward) backtest. At each origin every
 * candidate is fitted on the periods before it only and forecasts the next {@code horizon}
 * periods; the candidate with the lowest mean MASE wins (MAE when MASE is undefined), and the
 * simpler method wins an exact tie.
 *
 * @param origins how many origins were used
 * @param horizon how many periods each origin forecasts
 * @param trainingLengths the number of periods before each origin, latest first
 * @param scaledBy what MASE divides by ("the in-sample error of seasonal naive (lag 52)")
 * @param rows every candidate, best first
 * @param excluded methods that could not take part, with the reason
 */
public record Backtest(
        int origins, int horizon, List<Integer> trainingLengths, String scaledBy, List<BacktestRow> rows, List<Excluded> excluded) {
    public Backtest {
        trainingLengths = List.copyOf(trainingLengths);
        rows = List.copyOf(rows);
        excluded = List.copyOf(excluded);
    }
}

package com.shopsight.tools.forecast;

/**
 * One candidate's hold-out accuracy in the rolling-origin backtest.
 *
 * @param method the candidate
 * @param mase mean absolute scaled error (below 1 beats the in-sample naive benchmark), or
 *     null when every training window was flat
 * @param smape symmetric mean absolute percentage error, 0 to 200
 * @param mape mean absolute percentage error over the non-zero actuals, or null when all were zero
 * @param mae mean absolute error, in the series' units
 * @param coverage80 share of actuals inside the 80 % interval (nominal 0.8)
 * @param coverage95 share of actuals inside the 95 % interval (nominal 0.95)
 * @param chosen whether this is the method the forecast uses
 */
public record BacktestRow(
        Method method, Double mase, double smape, Double mape, double mae, double coverage80, double coverage95, boolean chosen) {}

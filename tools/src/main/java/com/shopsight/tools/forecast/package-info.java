/**
 * Demand forecast. {@link com.shopsight.tools.forecast.ForecastTool} is the front door
 * ({@link com.shopsight.tools.forecast.ForecastParams} in,
 * {@link com.shopsight.tools.forecast.ForecastResult} out).
 *
 * <ul>
 *   <li>Series: {@code FilteredSeries} (a scope's units or revenue per period, partial periods
 *       left out, gaps as zeros) and {@code SqlSeries} (any query returning period and value).
 *   <li>Methods: {@link com.shopsight.tools.forecast.Method}; each fitted method is a
 *       {@code Model} recursion ({@code NaiveModel}, {@code SeasonalNaiveModel},
 *       {@code ScaledSeasonalNaiveModel}, {@code DriftModel}, {@code WeightedAverageTrendModel},
 *       {@code SesModel}, {@code HoltDampedModel}, {@code HoltWintersModel}), fitted by
 *       {@code Fitter} with Commons Math's BOBYQA ({@code Minimiser}).
 *   <li>Choice and evidence: {@code RollingOrigin} (the walk-forward backtest), {@code Accuracy}
 *       (MASE, sMAPE, MAPE, coverage), {@code Intervals} (simulated 80 % and 95 % intervals),
 *       {@code Seasonality} and {@link com.shopsight.tools.forecast.Facts}; {@code Forecasts}
 *       ties them together on plain arrays.
 * </ul>
 */
package com.shopsight.tools.forecast;

package com.shopsight.tools.forecast;

/**
 * One forecast period: the point forecast and its 80 % and 95 % prediction interval. The
 * bounds are null when the history is too short to estimate the error (one or two periods).
 *
 * @param period the period's start date (ISO) or number
 */
public record ForecastRow(String period, double point, Double lo80, Double hi80, Double lo95, Double hi95) {}

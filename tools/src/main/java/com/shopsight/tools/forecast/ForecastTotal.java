package com.shopsight.tools.forecast;

/**
 * The forecast summed over the whole horizon ("4,900 units over the next 4 weeks"), with 80 %
 * and 95 % intervals of the sum taken from the same simulated paths as the periods' intervals.
 * Errors partly cancel across periods, so these are narrower than the periods' bounds added up.
 * The bounds are null when the periods' are.
 *
 * @param periods how many periods are summed (the horizon)
 * @param point the sum of the point forecasts
 */
public record ForecastTotal(int periods, double point, Double lo80, Double hi80, Double lo95, Double hi95) {}

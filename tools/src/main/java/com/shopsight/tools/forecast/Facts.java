package com.shopsight.tools.forecast;

/**
 * Plain facts for the narrative, computed from the history and the forecast.
 *
 * @param trendDirection "up", "down" or "flat": the forecast's mean against the recent mean, 5 % either way counting as flat
 * @param expectedChangePct the forecast's mean per period against the recent mean, in percent; null when the recent mean is 0
 * @param recentPeriods how many of the last periods make the recent mean (4, or fewer for a shorter history)
 * @param recentMean the mean of the last {@code recentPeriods} periods
 * @param forecastMean the mean point forecast per period over the horizon
 * @param forecastTotal the sum of the point forecasts over the horizon
 * @param seasonalityStrength 0 (none) to 1 (all the detrended variance), or null with fewer than two full seasons
 * @param seasonality "strong", "moderate", "weak", "none" or "unknown"
 * @param zeroPeriodsAtEnd how many periods at the end of the history had a value of 0 (a discontinued product shows many)
 */
public record Facts(
        String trendDirection,
        Double expectedChangePct,
        int recentPeriods,
        double recentMean,
        double forecastMean,
        double forecastTotal,
        Double seasonalityStrength,
        String seasonality,
        int zeroPeriodsAtEnd) {

    static final int RECENT = 4;
    private static final double FLAT_PCT = 5;

    static Facts of(double[] y, Intervals.Band[] bands, int season) {
        int recent = Math.min(RECENT, y.length);
        double recentMean = Fitter.mean(y, y.length - recent, y.length);
        double total = 0;
        for (Intervals.Band b : bands) {
            total += b.point();
        }
        double forecastMean = total / bands.length;
        Double change = recentMean == 0 ? null : 100 * (forecastMean / recentMean - 1);
        String direction;
        if (change == null) {
            direction = forecastMean > 0 ? "up" : forecastMean < 0 ? "down" : "flat";
        } else {
            direction = change > FLAT_PCT ? "up" : change < -FLAT_PCT ? "down" : "flat";
        }
        int zeros = 0;
        while (zeros < y.length && y[y.length - 1 - zeros] == 0) {
            zeros++;
        }
        Double strength = Seasonality.strength(y, season);
        return new Facts(direction, change, recent, recentMean, forecastMean, total, strength,
                Seasonality.describe(strength), zeros);
    }
}

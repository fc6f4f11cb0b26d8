package com.shopsight.tools.forecast;

/**
 * Holt-Winters in its classic form: level, trend and one seasonal state per position in the
 * season, additive (season added) or multiplicative (season as a factor).
 */
final class HoltWintersModel extends Model {
    /** Below this, a level is treated as zero and a multiplicative season is left as it is. */
    private static final double TINY = 1e-9;

    private final boolean multiplicative;
    private final double alpha;
    private final double beta;
    private final double gamma;
    private double level;
    private double trend;
    /** Seasonal states as a ring; {@code next} points at the one for the next period. */
    private final double[] season;
    private int next;

    HoltWintersModel(boolean multiplicative, double alpha, double beta, double gamma,
            double level, double trend, double[] season, int next) {
        this.multiplicative = multiplicative;
        this.alpha = alpha;
        this.beta = beta;
        this.gamma = gamma;
        this.level = level;
        this.trend = trend;
        this.season = season;
        this.next = next;
    }

    @Override
    double predict() {
        double s = season[next];
        return multiplicative ? (level + trend) * s : level + trend + s;
    }

    @Override
    void observe(double actual) {
        double s = season[next];
        double previous = level;
        double base = level + trend;
        if (multiplicative) {
            level = Math.abs(s) > TINY ? alpha * actual / s + (1 - alpha) * base : base;
            if (Math.abs(base) > TINY) {
                season[next] = gamma * actual / base + (1 - gamma) * s;
            }
        } else {
            level = alpha * (actual - s) + (1 - alpha) * base;
            season[next] = gamma * (actual - level) + (1 - gamma) * s;
        }
        trend = beta * (level - previous) + (1 - beta) * trend;
        next = (next + 1) % season.length;
    }

    @Override
    Model copy() {
        return new HoltWintersModel(multiplicative, alpha, beta, gamma, level, trend, season.clone(), next);
    }
}

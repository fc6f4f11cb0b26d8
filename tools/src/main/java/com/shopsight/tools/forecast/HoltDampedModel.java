package com.shopsight.tools.forecast;

/**
 * Holt's linear trend, damped: the trend shrinks by {@code phi} every period, so long-range
 * forecasts level off instead of running away (Gardner and McKenzie, 1985).
 */
final class HoltDampedModel extends Model {
    private final double alpha;
    private final double beta;
    private final double phi;
    private double level;
    private double trend;

    /** {@code beta} is the trend's smoothing share of the level change (0 to 1), as in the classic form. */
    HoltDampedModel(double alpha, double beta, double phi, double level, double trend) {
        this.alpha = alpha;
        this.beta = beta;
        this.phi = phi;
        this.level = level;
        this.trend = trend;
    }

    @Override
    double predict() {
        return level + phi * trend;
    }

    @Override
    void observe(double actual) {
        double previous = level;
        level = alpha * actual + (1 - alpha) * (level + phi * trend);
        trend = beta * (level - previous) + (1 - beta) * phi * trend;
    }

    @Override
    Model copy() {
        return new HoltDampedModel(alpha, beta, phi, level, trend);
    }
}

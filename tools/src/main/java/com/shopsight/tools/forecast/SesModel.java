package com.shopsight.tools.forecast;

/** Simple exponential smoothing: the level moves a share {@code alpha} of the way to each actual. */
final class SesModel extends Model {
    private final double alpha;
    private double level;

    SesModel(double alpha, double level) {
        this.alpha = alpha;
        this.level = level;
    }

    @Override
    double predict() {
        return level;
    }

    @Override
    void observe(double actual) {
        level = alpha * actual + (1 - alpha) * level;
    }

    @Override
    Model copy() {
        return new SesModel(alpha, level);
    }
}

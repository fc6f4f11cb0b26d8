package com.shopsight.tools.forecast;

/** The last value plus a fixed slope: the average change from the first to the last period. */
final class DriftModel extends Model {
    private final double slope;
    private double last;

    DriftModel(double last, double slope) {
        this.last = last;
        this.slope = slope;
    }

    @Override
    double predict() {
        return last + slope;
    }

    @Override
    void observe(double actual) {
        last = actual;
    }

    @Override
    Model copy() {
        return new DriftModel(last, slope);
    }
}

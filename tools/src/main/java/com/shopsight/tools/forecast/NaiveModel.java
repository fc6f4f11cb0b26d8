package com.shopsight.tools.forecast;

/** The last value carried forward: a random walk. */
final class NaiveModel extends Model {
    private double last;

    NaiveModel(double last) {
        this.last = last;
    }

    @Override
    double predict() {
        return last;
    }

    @Override
    void observe(double actual) {
        last = actual;
    }

    @Override
    Model copy() {
        return new NaiveModel(last);
    }
}

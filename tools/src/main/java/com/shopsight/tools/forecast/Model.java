package com.shopsight.tools.forecast;

/**
 * A fitted method as a one-step recursion over its states: {@link #predict()} gives the
 * expected next value, {@link #observe} takes in what happened. Forecasts iterate it (feeding
 * each prediction back), and prediction intervals simulate it (feeding back the prediction
 * plus a random error), so every method gets its intervals the same way.
 */
abstract class Model {
    /** The expected next value given everything observed so far. */
    abstract double predict();

    /** Advances the states by one period in which {@code actual} was observed. */
    abstract void observe(double actual);

    /** An independent copy of the current states. */
    abstract Model copy();

    /**
     * Runs the recursion over {@code y} from the current states and returns the sum of squared
     * one-step errors, counting only periods from {@code from} on (earlier ones only warm up).
     */
    final double sumOfSquaredErrors(double[] y, int from) {
        double sse = 0;
        for (int t = 0; t < y.length; t++) {
            double e = y[t] - predict();
            if (t >= from) {
                sse += e * e;
            }
            observe(y[t]);
        }
        return sse;
    }

    /** The point forecasts for the next {@code horizon} periods; leaves this model untouched. */
    final double[] forecast(int horizon) {
        Model m = copy();
        double[] out = new double[horizon];
        for (int i = 0; i < horizon; i++) {
            out[i] = m.predict();
            m.observe(out[i]);
        }
        return out;
    }
}

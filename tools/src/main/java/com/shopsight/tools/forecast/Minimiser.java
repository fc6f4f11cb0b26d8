package com.shopsight.tools.forecast;

import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Minimises a function of a few bounded parameters with Powell's BOBYQA (Commons Math), from
 * several starting points. The search runs in the unit box and is mapped onto the real bounds,
 * because BOBYQA uses one trust-region radius for all coordinates and smoothing parameters
 * (0 to 1) and initial levels (in sales units) live on very different scales.
 */
final class Minimiser {
    private static final int MAX_EVALUATIONS = 4000;
    private static final double INITIAL_RADIUS = 0.2;
    private static final double STOPPING_RADIUS = 1e-6;
    /** Stands in for a non-finite objective, which would derail the interpolation model. */
    private static final double PENALTY = 1e300;

    private Minimiser() {}

    /**
     * The point within {@code [lower, upper]} with the smallest {@code f} found from the given
     * starting points (each clamped into the bounds). Needs at least two parameters.
     */
    static double[] minimise(ToDoubleFunction<double[]> f, double[] lower, double[] upper, double[]... starts) {
        int d = lower.length;
        if (d < BOBYQAOptimizer.MINIMUM_PROBLEM_DIMENSION) {
            throw new IllegalArgumentException("BOBYQA needs at least 2 parameters, not " + d);
        }
        double[] best = null;
        double bestValue = Double.POSITIVE_INFINITY;
        for (double[] start : starts) {
            double[] u0 = clampedStart(start, lower, upper);
            // The best point seen is tracked here rather than read from the optimiser, so
            // that running out of evaluations still yields the best fit found so far.
            double[] seenValue = {Double.POSITIVE_INFINITY};
            double[][] seenPoint = {u0};
            BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * d + 1, INITIAL_RADIUS, STOPPING_RADIUS);
            try {
                optimizer.optimize(
                        new MaxEval(MAX_EVALUATIONS),
                        new ObjectiveFunction(u -> {
                            double v = f.applyAsDouble(toBounds(u, lower, upper));
                            v = Double.isFinite(v) ? v : PENALTY;
                            if (v < seenValue[0]) {
                                seenValue[0] = v;
                                seenPoint[0] = u.clone();
                            }
                            return v;
                        }),
                        GoalType.MINIMIZE,
                        new InitialGuess(u0),
                        new SimpleBounds(new double[d], ones(d)));
            } catch (MathIllegalStateException e) {
                // Running out of evaluations, or "trust region step has failed to reduce Q" (BOBYQA's
                // model degenerates when the surface is flat near the optimum): either way the best
                // point seen is as good a fit as this start gives.
            }
            if (seenValue[0] < bestValue) {
                bestValue = seenValue[0];
                best = toBounds(seenPoint[0], lower, upper);
            }
        }
        // Only when no start evaluated anything at all: the first start is all there is.
        return best != null ? best : toBounds(clampedStart(starts[0], lower, upper), lower, upper);
    }

    /** A start in unit-box coordinates, strictly inside: BOBYQA moves a start off the bounds anyway. */
    private static double[] clampedStart(double[] start, double[] lower, double[] upper) {
        double[] u0 = new double[start.length];
        for (int i = 0; i < start.length; i++) {
            u0[i] = Math.min(0.99, Math.max(0.01, (start[i] - lower[i]) / (upper[i] - lower[i])));
        }
        return u0;
    }

    private static double[] toBounds(double[] u, double[] lower, double[] upper) {
        double[] x = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            double clamped = Math.min(1, Math.max(0, u[i]));
            x[i] = lower[i] + clamped * (upper[i] - lower[i]);
        }
        return x;
    }

    private static double[] ones(int d) {
        double[] out = new double[d];
        java.util.Arrays.fill(out, 1);
        return out;
    }
}

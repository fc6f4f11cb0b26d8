package com.shopsight.tools.stats;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * A binary logistic regression fitted by Newton's method (iteratively reweighted least
 * squares) with a small ridge penalty on the slopes, which keeps the fit finite when a feature
 * separates the classes perfectly. Inputs should be standardised so that one penalty suits all
 * slopes and the slopes compare as effect sizes.
 */
public final class LogisticRegression {
    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-8;

    private final double intercept;
    private final double[] slopes;
    private final int iterations;

    private LogisticRegression(double intercept, double[] slopes, int iterations) {
        this.intercept = intercept;
        this.slopes = slopes;
        this.iterations = iterations;
    }

    /**
     * Fits P(y = 1 | x) = 1 / (1 + exp(-(b0 + b . x))).
     *
     * @param x one row per case
     * @param y the outcome of each case
     * @param ridge the penalty on the squared slopes (not the intercept), per case; 1e-4 is mild
     */
    public static LogisticRegression fit(double[][] x, boolean[] y, double ridge) {
        int n = x.length;
        if (n == 0 || n != y.length) {
            throw new IllegalArgumentException("need as many outcomes as rows, and at least one: " + n + " rows, " + y.length + " outcomes");
        }
        int p = x[0].length + 1;
        double[] beta = new double[p];
        double positives = 0;
        for (boolean v : y) {
            positives += v ? 1 : 0;
        }
        // Start at the base rate, so the first step is already a sensible model.
        double rate = Math.min(1 - 1e-6, Math.max(1e-6, positives / n));
        beta[0] = Math.log(rate / (1 - rate));
        double penalty = ridge * n;
        int iteration = 0;
        while (iteration < MAX_ITERATIONS) {
            iteration++;
            double[][] hessian = new double[p][p];
            double[] gradient = new double[p];
            double[] row = new double[p];
            for (int i = 0; i < n; i++) {
                row[0] = 1;
                System.arraycopy(x[i], 0, row, 1, p - 1);
                double prob = sigmoid(dot(beta, row));
                double w = Math.max(prob * (1 - prob), 1e-10);
                double r = (y[i] ? 1 : 0) - prob;
                for (int a = 0; a < p; a++) {
                    gradient[a] += r * row[a];
                    double wa = w * row[a];
                    for (int b = 0; b <= a; b++) {
                        hessian[a][b] += wa * row[b];
                    }
                }
            }
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < a; b++) {
                    hessian[b][a] = hessian[a][b];
                }
                if (a > 0) {
                    hessian[a][a] += penalty;
                    gradient[a] -= penalty * beta[a];
                }
            }
            RealVector step = new CholeskyDecomposition(new Array2DRowRealMatrix(hessian, false))
                    .getSolver().solve(new ArrayRealVector(gradient, false));
            double largest = 0;
            for (int a = 0; a < p; a++) {
                beta[a] += step.getEntry(a);
                largest = Math.max(largest, Math.abs(step.getEntry(a)));
            }
            if (largest < TOLERANCE) {
                break;
            }
        }
        double[] slopes = new double[p - 1];
        System.arraycopy(beta, 1, slopes, 0, p - 1);
        return new LogisticRegression(beta[0], slopes, iteration);
    }

    /** The probability of the outcome for one row. */
    public double probability(double[] x) {
        return sigmoid(logit(x));
    }

    /** The log-odds of the outcome for one row: intercept plus the slopes times the row. */
    public double logit(double[] x) {
        double z = intercept;
        for (int j = 0; j < slopes.length; j++) {
            z += slopes[j] * x[j];
        }
        return z;
    }

    public double intercept() {
        return intercept;
    }

    /** A copy of the slopes, one per feature. */
    public double[] slopes() {
        return slopes.clone();
    }

    /** How many Newton steps the fit took. */
    public int iterations() {
        return iterations;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}

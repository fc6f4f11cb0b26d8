package com.shopsight.tools.stats;

/**
 * Centres and scales each column of a matrix to mean 0 and standard deviation 1, remembering
 * the means and deviations so that new rows (or a SQL expression) can be scaled the same way.
 * A constant column keeps a deviation of 1, so it scales to all zeros instead of dividing by 0.
 */
public final class Standardiser {
    private final double[] mean;
    private final double[] sd;

    private Standardiser(double[] mean, double[] sd) {
        this.mean = mean;
        this.sd = sd;
    }

    /** Learns the column means and (population) standard deviations of {@code x}; at least one row. */
    public static Standardiser fit(double[][] x) {
        if (x.length == 0) {
            throw new IllegalArgumentException("cannot standardise zero rows");
        }
        int p = x[0].length;
        double[] mean = new double[p];
        double[] sd = new double[p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < p; j++) {
            mean[j] /= x.length;
        }
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
            }
        }
        for (int j = 0; j < p; j++) {
            sd[j] = Math.sqrt(sd[j] / x.length);
            if (!(sd[j] > 1e-12)) {
                sd[j] = 1;
            }
        }
        return new Standardiser(mean, sd);
    }

    /** A scaled copy of one row. */
    public double[] apply(double[] row) {
        double[] z = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            z[j] = (row[j] - mean[j]) / sd[j];
        }
        return z;
    }

    /** A scaled copy of every row. */
    public double[][] apply(double[][] x) {
        double[][] z = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            z[i] = apply(x[i]);
        }
        return z;
    }

    /** The mean of column {@code j}. */
    public double mean(int j) {
        return mean[j];
    }

    /** The standard deviation of column {@code j} (1 for a constant column). */
    public double sd(int j) {
        return sd[j];
    }
}

package com.shopsight.agent.eval;

/**
 * How far apart two numbers may be and still count as the same value: equal when the
 * difference is at most {@code absolute}, or at most {@code relative} times the larger
 * magnitude.
 */
public record Tolerance(double relative, double absolute) {
    /**
     * The default: one part in ten thousand, so sums added up in another order (or rounded
     * to four significant figures) match, while a wrong filter, a wrong join or an off-by-one
     * count does not.
     */
    public static final Tolerance DEFAULT = new Tolerance(1e-4, 1e-9);

    public Tolerance {
        if (!(relative >= 0) || !(absolute >= 0)) {
            throw new IllegalArgumentException("tolerances must be >= 0: relative " + relative + ", absolute " + absolute);
        }
    }

    /** Whether {@code a} and {@code b} are the same number within this tolerance. */
    public boolean same(double a, double b) {
        if (a == b) {
            return true;
        }
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(a - b);
        return diff <= absolute || diff <= relative * Math.max(Math.abs(a), Math.abs(b));
    }
}

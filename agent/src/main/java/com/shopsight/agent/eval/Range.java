package com.shopsight.agent.eval;

/**
 * An inclusive range of numbers; either end may be open (null).
 *
 * @param min the smallest allowed value, or null for no lower bound
 * @param max the largest allowed value, or null for no upper bound
 */
public record Range(Double min, Double max) {
    public Range {
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("range min " + min + " is above max " + max);
        }
    }

    /** Whether {@code value} lies in this range. */
    public boolean contains(double value) {
        return (min == null || value >= min) && (max == null || value <= max);
    }

    @Override
    public String toString() {
        if (min != null && min.equals(max)) {
            return plain(min);
        }
        return (min == null ? "" : plain(min)) + ".." + (max == null ? "" : plain(max));
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}

package com.shopsight.agent.planner;

import java.util.Locale;

/** Formats figures for answers: counts with separators, prices by size, shares and changes as percentages. */
final class Numbers {
    private Numbers() {}

    /** A figure of a metric whose semantic-model format is {@code format} ("integer" or "price"). */
    static String format(Object value, String format) {
        if (!(value instanceof Number n)) {
            return value == null ? "none" : String.valueOf(value);
        }
        double d = n.doubleValue();
        if ("price".equals(format)) {
            return Math.abs(d) < 1 ? String.format(Locale.ROOT, "%.4f", d) : String.format(Locale.ROOT, "%,.2f", d);
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) d);
        }
        return String.format(Locale.ROOT, "%,.2f", d);
    }

    static String percent(Object value) {
        return value instanceof Number n ? String.format(Locale.ROOT, "%.1f%%", 100 * n.doubleValue()) : "n/a";
    }

    /** A change as a signed percentage ("+12.3%", "-4.0%"). */
    static String change(Object value) {
        return value instanceof Number n ? String.format(Locale.ROOT, "%+.1f%%", 100 * n.doubleValue()) : "n/a";
    }
}

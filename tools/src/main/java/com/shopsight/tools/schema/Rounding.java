package com.shopsight.tools.schema;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Fixed rounding, so a learned doc reads the same on every run and every machine. */
final class Rounding {
    private Rounding() {}

    /** {@code value} to {@code digits} significant digits. */
    static double significant(double value, int digits) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return value == 0 || Double.isNaN(value) ? 0 : value;
        }
        return new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN)).doubleValue();
    }

    /** {@code count / total} to 4 significant digits; 0 for an empty total. */
    static double share(long count, long total) {
        return total == 0 ? 0 : significant((double) count / total, 4);
    }
}

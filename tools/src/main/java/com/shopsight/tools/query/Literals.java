package com.shopsight.tools.query;

import java.time.LocalDate;

/**
 * Values written into SQL. The gate takes no query parameters, so tools put values into the
 * text; these are the only ways they do it.
 */
public final class Literals {
    private Literals() {}

    /** A string literal with quotes doubled: {@code O'Neil} becomes {@code 'O''Neil'}. */
    public static String text(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** A DATE literal: {@code DATE '2020-09-22'}. */
    public static String date(LocalDate day) {
        return "DATE '" + day + "'";
    }

    /**
     * A DOUBLE literal that reads back exactly: always with an exponent ({@code 0.25e0}),
     * because DuckDB reads a plain {@code 0.25} as a DECIMAL.
     */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        String s = Double.toString(value);
        return s.contains("E") ? s.replace("E", "e") : s + "e0";
    }
}

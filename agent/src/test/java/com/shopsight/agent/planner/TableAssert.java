package com.shopsight.agent.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.shopsight.agent.answer.Table;
import java.util.List;

/** Compares an answer's table with rows a hand-written query returned, value by value. */
final class TableAssert {
    private TableAssert() {}

    static void sameRows(Table actual, List<List<Object>> expected, String context) {
        assertThat(actual).as("table of: " + context).isNotNull();
        assertThat(actual.rows()).as("row count of: " + context).hasSize(expected.size());
        for (int r = 0; r < expected.size(); r++) {
            List<Object> want = expected.get(r);
            List<Object> got = actual.rows().get(r);
            assertThat(got).as("width of row " + r + " of: " + context + "; columns " + actual.columns()).hasSize(want.size());
            for (int c = 0; c < want.size(); c++) {
                if (!same(got.get(c), want.get(c))) {
                    fail("row " + r + ", column " + actual.columns().get(c).name() + " of: " + context + "\n  answer: "
                            + got + "\n  by hand: " + want);
                }
            }
        }
    }

    private static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number x && b instanceof Number y) {
            double p = x.doubleValue();
            double q = y.doubleValue();
            return Math.abs(p - q) <= 1e-9 * Math.max(1, Math.max(Math.abs(p), Math.abs(q)));
        }
        return text(a).equals(text(b));
    }

    /** Dates compare as ISO text, a midnight timestamp as its date. */
    private static String text(Object v) {
        String s = v.toString();
        if (s.matches("\\d{4}-\\d{2}-\\d{2}[ T]00:00(:00(\\.0+)?)?")) {
            return s.substring(0, 10);
        }
        return s;
    }
}

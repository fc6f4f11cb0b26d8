package com.shopsight.agent.eval;

import java.util.Arrays;
import java.util.Comparator;

/** Equality of rows of cells, in order or as multisets, with numbers compared within a tolerance. */
final class Multisets {
    private static final Comparator<Cell[]> ROW_ORDER = (x, y) -> {
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Cell.ORDER.compare(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    };

    private Multisets() {}

    /** Whether two rows (or two columns) hold the same cells position by position. */
    static boolean sameSequence(Cell[] a, Cell[] b, Tolerance tolerance) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!Cell.same(a[i], b[i], tolerance)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether two lists of rows are equal as multisets. Both are sorted and compared row by
     * row; only when that fails (numbers within the tolerance can sort differently) is every
     * row looked for among the rows not yet taken.
     */
    static boolean sameMultiset(Cell[][] a, Cell[][] b, Tolerance tolerance) {
        if (a.length != b.length) {
            return false;
        }
        Cell[][] x = a.clone();
        Cell[][] y = b.clone();
        Arrays.sort(x, ROW_ORDER);
        Arrays.sort(y, ROW_ORDER);
        boolean pairwise = true;
        for (int i = 0; i < x.length && pairwise; i++) {
            pairwise = sameSequence(x[i], y[i], tolerance);
        }
        return pairwise || takeEach(x, y, tolerance);
    }

    private static boolean takeEach(Cell[][] x, Cell[][] y, Tolerance tolerance) {
        boolean[] taken = new boolean[y.length];
        for (Cell[] row : x) {
            boolean found = false;
            for (int j = 0; j < y.length && !found; j++) {
                if (!taken[j] && sameSequence(row, y[j], tolerance)) {
                    taken[j] = true;
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}

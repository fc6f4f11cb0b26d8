package com.shopsight.agent.eval;

import com.shopsight.agent.answer.Table;
import java.util.Arrays;
import java.util.Locale;

/** Says why a gold column found no partner: which answer column came closest, and the first value that differs. */
final class MismatchReasons {
    private MismatchReasons() {}

    static String column(Table goldTable, Cell[][] gold, Table actualTable, Cell[][] actual, int g, boolean ordered,
            Tolerance tolerance) {
        Cell[] want = ExecutionMatch.column(gold, g);
        if (!ordered) {
            Arrays.sort(want, Cell.ORDER);
        }
        int best = -1;
        int bestEqual = -1;
        Cell[] bestHave = null;
        for (int a = 0; a < actualTable.width(); a++) {
            Cell[] have = ExecutionMatch.column(actual, a);
            if (!ordered) {
                Arrays.sort(have, Cell.ORDER);
            }
            int equal = 0;
            for (int r = 0; r < want.length; r++) {
                if (Cell.same(want[r], have[r], tolerance)) {
                    equal++;
                }
            }
            if (equal > bestEqual) {
                best = a;
                bestEqual = equal;
                bestHave = have;
            }
        }
        String name = goldTable.columns().get(g).name();
        if (best < 0) {
            return "no column of the answer holds the values of " + name;
        }
        String closest = actualTable.columns().get(best).name();
        for (int r = 0; r < want.length; r++) {
            if (!Cell.same(want[r], bestHave[r], tolerance)) {
                return String.format(Locale.ROOT,
                        "no column of the answer holds the values of %s; closest is %s, with %d of %d values equal"
                                + " (%s %d: expected %s, found %s)",
                        name, closest, bestEqual, want.length, ordered ? "row" : "sorted value", r + 1,
                        show(want[r]), show(bestHave[r]));
            }
        }
        // Equal values sorted, but the rows could not be paired: only reachable for ties with tolerance.
        return "no column of the answer holds the values of " + name + "; closest is " + closest;
    }

    /** A cell as a person reads it. */
    static String show(Cell c) {
        if (c instanceof Cell.Null) {
            return "null";
        }
        if (c instanceof Cell.Num n) {
            double v = n.value();
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
        if (c instanceof Cell.Day d) {
            return d.value().toString();
        }
        if (c instanceof Cell.Moment m) {
            return m.value().toString();
        }
        if (c instanceof Cell.Bool b) {
            return Boolean.toString(b.value());
        }
        return "'" + ((Cell.Text) c).original() + "'";
    }
}

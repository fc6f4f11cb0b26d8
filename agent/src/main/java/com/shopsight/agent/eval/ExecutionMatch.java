package com.shopsight.agent.eval;

import com.shopsight.agent.answer.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Execution match as the text-to-SQL benchmarks score it: the answer's table against a gold
 * result, rows as a multiset (a sequence when the gold query orders at its top level),
 * columns paired by their values rather than their names or positions, each gold column with
 * a different answer column, numbers within a tolerance.
 */
final class ExecutionMatch {
    /** Past this many column pairings tried, the answer is called ambiguous rather than searched further. */
    static final int MAX_PAIRINGS = 100_000;

    private final Cell[][] gold;
    private final Cell[][] actual;
    private final Table goldTable;
    private final Table actualTable;
    private final boolean ordered;
    private final Tolerance tolerance;
    private int pairingsTried;

    private ExecutionMatch(Table gold, Table actual, boolean ordered, Tolerance tolerance) {
        this.goldTable = gold;
        this.actualTable = actual;
        this.gold = cells(gold);
        this.actual = cells(actual);
        this.ordered = ordered;
        this.tolerance = tolerance;
    }

    /** Compares {@code actual} (may be null: no table) with {@code gold}. */
    static TableMatch compare(Table gold, boolean ordered, Table actual, Tolerance tolerance) {
        if (actual == null) {
            return new TableMatch.Mismatch("the answer has no table");
        }
        if (actual.width() < gold.width()) {
            return new TableMatch.Mismatch(String.format(Locale.ROOT, "expected %d columns (%s), the answer has %d (%s)",
                    gold.width(), names(gold), actual.width(), names(actual)));
        }
        if (actual.rows().size() != gold.rows().size()) {
            return new TableMatch.Mismatch(String.format(Locale.ROOT, "expected %d rows, the answer has %d",
                    gold.rows().size(), actual.rows().size()));
        }
        TableMatch match = new ExecutionMatch(gold, actual, ordered, tolerance).match();
        if (ordered && match instanceof TableMatch.Mismatch
                && new ExecutionMatch(gold, actual, false, tolerance).match().lenient()) {
            return new TableMatch.Mismatch("the right rows in another order (the gold query orders them)");
        }
        return match;
    }

    private TableMatch match() {
        int width = goldTable.width();
        List<List<Integer>> candidates = new ArrayList<>();
        for (int g = 0; g < width; g++) {
            List<Integer> fits = new ArrayList<>();
            for (int a = 0; a < actualTable.width(); a++) {
                if (columnFits(g, a)) {
                    fits.add(a);
                }
            }
            if (fits.isEmpty()) {
                return new TableMatch.Mismatch(MismatchReasons.column(goldTable, gold, actualTable, actual, g, ordered,
                        tolerance));
            }
            candidates.add(fits);
        }
        int[] pairing = new int[width];
        boolean[] used = new boolean[actualTable.width()];
        if (!pair(0, candidates, pairing, used)) {
            return new TableMatch.Mismatch(pairingsTried >= MAX_PAIRINGS
                    ? "too many ways to pair the columns to decide (" + MAX_PAIRINGS + " tried)"
                    : "every gold column's values are in the answer, but not together in the same rows");
        }
        List<String> paired = new ArrayList<>();
        for (int a : pairing) {
            paired.add(actualTable.columns().get(a).name());
        }
        if (actualTable.width() == width) {
            return new TableMatch.Strict(paired);
        }
        List<String> extra = new ArrayList<>();
        for (int a = 0; a < actualTable.width(); a++) {
            if (!used[a]) {
                extra.add(actualTable.columns().get(a).name());
            }
        }
        return new TableMatch.Lenient(paired, extra);
    }

    /** Tries every pairing of gold columns with distinct candidate columns until the rows match. */
    private boolean pair(int g, List<List<Integer>> candidates, int[] pairing, boolean[] used) {
        if (g == pairing.length) {
            pairingsTried++;
            return rowsMatch(pairing);
        }
        for (int a : candidates.get(g)) {
            if (used[a] || pairingsTried >= MAX_PAIRINGS) {
                continue;
            }
            used[a] = true;
            pairing[g] = a;
            if (pair(g + 1, candidates, pairing, used)) {
                return true;
            }
            used[a] = false;
        }
        return false;
    }

    private boolean columnFits(int g, int a) {
        Cell[] want = column(gold, g);
        Cell[] have = column(actual, a);
        return ordered ? Multisets.sameSequence(want, have, tolerance)
                : Multisets.sameMultiset(rowsOf(want), rowsOf(have), tolerance);
    }

    private boolean rowsMatch(int[] pairing) {
        Cell[][] projected = new Cell[actual.length][];
        for (int r = 0; r < actual.length; r++) {
            projected[r] = new Cell[pairing.length];
            for (int g = 0; g < pairing.length; g++) {
                projected[r][g] = actual[r][pairing[g]];
            }
        }
        if (ordered) {
            for (int r = 0; r < gold.length; r++) {
                if (!Multisets.sameSequence(gold[r], projected[r], tolerance)) {
                    return false;
                }
            }
            return true;
        }
        return Multisets.sameMultiset(gold, projected, tolerance);
    }

    static Cell[][] rowsOf(Cell[] column) {
        Cell[][] rows = new Cell[column.length][];
        for (int i = 0; i < column.length; i++) {
            rows[i] = new Cell[] {column[i]};
        }
        return rows;
    }

    static Cell[] column(Cell[][] rows, int c) {
        Cell[] out = new Cell[rows.length];
        for (int r = 0; r < rows.length; r++) {
            out[r] = rows[r][c];
        }
        return out;
    }

    static Cell[][] cells(Table t) {
        Cell[][] out = new Cell[t.rows().size()][];
        for (int r = 0; r < out.length; r++) {
            List<Object> row = t.rows().get(r);
            out[r] = new Cell[row.size()];
            for (int c = 0; c < row.size(); c++) {
                out[r][c] = Cell.of(row.get(c));
            }
        }
        return out;
    }

    static String names(Table t) {
        List<String> names = new ArrayList<>();
        t.columns().forEach(c -> names.add(c.name()));
        return String.join(", ", names);
    }
}

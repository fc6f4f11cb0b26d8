package com.shopsight.tools.basket;

import java.util.Arrays;

/**
 * Exact frequent itemsets of two or more items by FP-growth (Han, Pei and Yin 2000) over
 * weighted baskets, up to a maximum itemset size. Conditional trees renumber their items so
 * that each costs memory in proportion to its own items, not to the whole catalogue.
 */
final class FpGrowth {
    /** More frequent itemsets than the caller allows: thresholds too low for the data. */
    static final class TooManyItemsets extends RuntimeException {
        TooManyItemsets(int limit) {
            super("more than " + limit + " frequent itemsets", null, false, false);
        }
    }

    private final long minCount;
    private final int maxSize;
    private final int maxItemsets;
    private final ItemsetTable table = new ItemsetTable();

    private FpGrowth(long minCount, int maxSize, int maxItemsets) {
        this.minCount = minCount;
        this.maxSize = maxSize;
        this.maxItemsets = maxItemsets;
    }

    /**
     * Every itemset of 2 to {@code maxSize} items found in at least {@code minCount} baskets.
     *
     * @throws TooManyItemsets when there are more than {@code maxItemsets}
     */
    static ItemsetTable mine(Transactions tx, long minCount, int maxSize, int maxItemsets) {
        if (minCount < 1) {
            throw new IllegalArgumentException("minCount must be at least 1");
        }
        FpGrowth miner = new FpGrowth(minCount, maxSize, maxItemsets);
        int m = tx.itemCount();
        int[] identity = new int[m];
        for (int i = 0; i < m; i++) {
            identity[i] = i;
        }
        long nodes = 0;
        for (int[] set : tx.sets()) {
            nodes += set.length;
        }
        FpTree tree = new FpTree(identity, (int) Math.min(nodes + 1, 1 << 20));
        for (int i = 0; i < tx.sets().length; i++) {
            tree.add(tx.sets()[i], tx.sets()[i].length, tx.weights()[i]);
        }
        if (maxSize >= 2) {
            miner.grow(tree, new int[0]);
        }
        return miner.table;
    }

    /** Mines every itemset that extends {@code suffix} (global ranks) with items of {@code tree}. */
    private void grow(FpTree tree, int[] suffix) {
        int k = tree.global.length;
        long[] cond = new long[k];
        int[] remap = new int[k];
        int[] path = new int[Math.max(1, k)];
        for (int j = k - 1; j >= 0; j--) {
            long support = tree.total[j];
            if (support < minCount) {
                continue;
            }
            int[] itemset = Arrays.copyOf(suffix, suffix.length + 1);
            itemset[suffix.length] = tree.global[j];
            if (itemset.length >= 2) {
                // Singletons come from the database, which also counts one-item baskets.
                record(itemset, support);
            }
            if (itemset.length < maxSize) {
                FpTree conditional = conditionalTree(tree, j, cond, remap, path);
                if (conditional != null) {
                    grow(conditional, itemset);
                }
            }
        }
    }

    /** The tree of the paths leading to item {@code j}, keeping the items frequent among them; null if none is. */
    private FpTree conditionalTree(FpTree tree, int j, long[] cond, int[] remap, int[] path) {
        Arrays.fill(cond, 0, j, 0);
        long nodes = 0;
        for (int node = tree.head[j]; node >= 0; node = tree.next[node]) {
            long c = tree.count[node];
            for (int p = tree.parent[node]; p != FpTree.ROOT; p = tree.parent[p]) {
                cond[tree.item[p]] += c;
                nodes++;
            }
        }
        int kept = 0;
        for (int i = 0; i < j; i++) {
            remap[i] = cond[i] >= minCount ? kept++ : -1;
        }
        if (kept == 0) {
            return null;
        }
        int[] global = new int[kept];
        for (int i = 0; i < j; i++) {
            if (remap[i] >= 0) {
                global[remap[i]] = tree.global[i];
            }
        }
        FpTree conditional = new FpTree(global, (int) Math.min(nodes + 1, 1 << 12));
        for (int node = tree.head[j]; node >= 0; node = tree.next[node]) {
            int length = 0;
            for (int p = tree.parent[node]; p != FpTree.ROOT; p = tree.parent[p]) {
                int r = remap[tree.item[p]];
                if (r >= 0) {
                    path[length++] = r;
                }
            }
            if (length > 0) {
                reverse(path, length);
                conditional.add(path, length, tree.count[node]);
            }
        }
        return conditional;
    }

    private void record(int[] itemset, long support) {
        if (table.size() >= maxItemsets) {
            throw new TooManyItemsets(maxItemsets);
        }
        int[] sorted = itemset.clone();
        Arrays.sort(sorted);
        table.add(sorted, support);
    }

    private static void reverse(int[] a, int length) {
        for (int i = 0, k = length - 1; i < k; i++, k--) {
            int t = a[i];
            a[i] = a[k];
            a[k] = t;
        }
    }
}

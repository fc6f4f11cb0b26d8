package com.shopsight.tools.basket;

import java.util.List;

/**
 * Baskets as the miner sees them. Items are numbered by rank (0 = in the most baskets) and
 * only frequent items are kept; each distinct basket of two or more frequent items appears
 * once with the number of baskets that hold exactly those items, the FP-tree's own
 * compression done in the database. Baskets of one or no frequent item count only in
 * {@code baskets} and {@code itemCounts}: they cannot hold a pair.
 *
 * @param baskets every basket of the input, with or without frequent items
 * @param items the frequent items by rank
 * @param labels a readable name per rank (the article name at article level), or null
 * @param itemCounts the number of baskets holding each item, by rank
 * @param sets the distinct multi-item baskets, ranks increasing
 * @param weights how many baskets each of {@code sets} stands for
 */
record Transactions(long baskets, List<String> items, List<String> labels, long[] itemCounts, int[][] sets, long[] weights) {
    Transactions {
        items = List.copyOf(items);
        if (labels != null && labels.size() != items.size()) {
            throw new IllegalArgumentException("one label per item");
        }
        if (itemCounts.length != items.size() || sets.length != weights.length) {
            throw new IllegalArgumentException("mismatched lengths");
        }
    }

    int itemCount() {
        return items.size();
    }
}

package com.shopsight.tools.basket;

/**
 * The basket query and how to read its {@code bits} column.
 *
 * @param sql the query
 * @param plan which of the two plans built it
 * @param words how many 62-bit words a mask has (mask plan only)
 */
record BasketQuery(String sql, Plan plan, int words) {
    /** The two ways of reading baskets. */
    enum Plan {
        /**
         * Any input: distinct (basket, item) pairs, then each basket's frequent items that are in
         * some frequent pair, as a list of ranks ("0 4 17").
         */
        LIST,
        /**
         * An articles column with few values: each basket as a bit mask over all the column's
         * values, OR-ed together per basket, which DuckDB aggregates far faster than lists; sets
         * come back as masks of frequent items by item code ("5 0 1024").
         */
        MASK
    }
}

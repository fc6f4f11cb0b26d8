package com.shopsight.tools.basket;

import java.util.Arrays;

/**
 * Frequent itemsets of two or more items with their basket counts: items (global ranks,
 * increasing) packed into one int array and found by open addressing, because rule
 * generation looks up the support of every antecedent and consequent, and a map of boxed
 * arrays would cost several times the memory.
 */
final class ItemsetTable {
    private int[] pool = new int[1024];
    private int poolSize;
    private int[] start = new int[256];
    private int[] length = new int[256];
    private long[] counts = new long[256];
    private int size;
    private int[] slots = emptySlots(512);

    int size() {
        return size;
    }

    /** Adds an itemset (items increasing) that is not in the table yet. */
    void add(int[] items, long count) {
        if (size == start.length) {
            start = Arrays.copyOf(start, size * 2);
            length = Arrays.copyOf(length, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        while (poolSize + items.length > pool.length) {
            pool = Arrays.copyOf(pool, pool.length * 2);
        }
        System.arraycopy(items, 0, pool, poolSize, items.length);
        start[size] = poolSize;
        length[size] = items.length;
        counts[size] = count;
        poolSize += items.length;
        if (2 * (size + 1) > slots.length) {
            rehash(slots.length * 2);
        }
        place(size, hash(items, 0, items.length));
        size++;
    }

    /** The count of the itemset {@code items[0..len)} (increasing), or -1 when it is not frequent. */
    long count(int[] items, int len) {
        int mask = slots.length - 1;
        for (int i = hash(items, 0, len) & mask; ; i = (i + 1) & mask) {
            int entry = slots[i];
            if (entry < 0) {
                return -1;
            }
            if (length[entry] == len && Arrays.equals(pool, start[entry], start[entry] + len, items, 0, len)) {
                return counts[entry];
            }
        }
    }

    /** The items of entry {@code i}. */
    int[] items(int i) {
        return Arrays.copyOfRange(pool, start[i], start[i] + length[i]);
    }

    long count(int i) {
        return counts[i];
    }

    int length(int i) {
        return length[i];
    }

    private void rehash(int capacity) {
        slots = emptySlots(capacity);
        for (int e = 0; e < size; e++) {
            place(e, hash(pool, start[e], start[e] + length[e]));
        }
    }

    private void place(int entry, int hash) {
        int mask = slots.length - 1;
        int i = hash & mask;
        while (slots[i] >= 0) {
            i = (i + 1) & mask;
        }
        slots[i] = entry;
    }

    private static int[] emptySlots(int capacity) {
        int[] s = new int[capacity];
        Arrays.fill(s, -1);
        return s;
    }

    private static int hash(int[] a, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + a[i];
        }
        return h ^ (h >>> 16) ^ (h >>> 7);
    }
}

package com.shopsight.tools.basket;

import java.util.Arrays;

/**
 * A frequent-pattern tree over items numbered 0..k-1, held in parallel arrays (no node
 * objects) so that the tree of a large dataset stays a few bytes per node. Paths from the
 * root list items in increasing number; {@link #global} maps a number back to the item's
 * global rank.
 */
final class FpTree {
    static final int ROOT = 0;

    final int[] global;
    /** Per item: the first node holding it (-1 for none) and the total count of its nodes. */
    final int[] head;
    final long[] total;

    int[] item;
    int[] parent;
    int[] next;
    long[] count;
    int size;

    private final LongIntMap children;

    FpTree(int[] global, int expectedNodes) {
        this.global = global;
        this.head = new int[global.length];
        this.total = new long[global.length];
        Arrays.fill(head, -1);
        int capacity = Math.max(16, expectedNodes);
        item = new int[capacity];
        parent = new int[capacity];
        next = new int[capacity];
        count = new long[capacity];
        children = new LongIntMap(capacity);
        item[ROOT] = -1;
        parent[ROOT] = -1;
        size = 1;
    }

    /** Adds a path of {@code length} items from {@code items} (increasing) with {@code weight}. */
    void add(int[] items, int length, long weight) {
        int node = ROOT;
        for (int i = 0; i < length; i++) {
            int it = items[i];
            long key = ((long) node << 32) | it;
            int child = children.get(key);
            if (child < 0) {
                child = newNode(it, node);
                children.putNew(key, child);
            }
            count[child] += weight;
            total[it] += weight;
            node = child;
        }
    }

    private int newNode(int it, int parentNode) {
        if (size == item.length) {
            int capacity = item.length * 2;
            item = Arrays.copyOf(item, capacity);
            parent = Arrays.copyOf(parent, capacity);
            next = Arrays.copyOf(next, capacity);
            count = Arrays.copyOf(count, capacity);
        }
        int node = size++;
        item[node] = it;
        parent[node] = parentNode;
        next[node] = head[it];
        head[it] = node;
        return node;
    }
}

package com.shopsight.tools.basket;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Itemset counts by enumerating every subset of every basket: slow, obviously right. */
final class BruteForce {
    final long baskets;
    final long minCount;
    /** Every itemset up to the max size with its basket count, items sorted by name. */
    final Map<Set<String>, Long> counts = new HashMap<>();

    BruteForce(Map<Object, Set<String>> basketItems, double minSupport, int maxSize) {
        baskets = basketItems.size();
        minCount = Math.max(1, new BigDecimal(Double.toString(minSupport)).multiply(BigDecimal.valueOf(baskets))
                .setScale(0, RoundingMode.CEILING).longValueExact());
        for (Set<String> basket : basketItems.values()) {
            List<String> items = new ArrayList<>(new TreeSet<>(basket));
            subsets(items, 0, new TreeSet<>(), maxSize);
        }
    }

    private void subsets(List<String> items, int from, TreeSet<String> current, int maxSize) {
        if (!current.isEmpty()) {
            counts.merge(Set.copyOf(current), 1L, Long::sum);
        }
        if (current.size() == maxSize) {
            return;
        }
        for (int i = from; i < items.size(); i++) {
            current.add(items.get(i));
            subsets(items, i + 1, current, maxSize);
            current.remove(items.get(i));
        }
    }

    long count(Set<String> items) {
        return counts.getOrDefault(items, 0L);
    }

    /** Every frequent itemset with its count. */
    Map<Set<String>, Long> frequent() {
        Map<Set<String>, Long> out = new HashMap<>();
        counts.forEach((k, v) -> {
            if (v >= minCount) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Every rule (antecedent, consequent) with confidence at least {@code minConfidence}. */
    Set<List<Set<String>>> rules(double minConfidence) {
        Set<List<Set<String>>> out = new java.util.HashSet<>();
        for (Map.Entry<Set<String>, Long> e : frequent().entrySet()) {
            List<String> items = new ArrayList<>(e.getKey());
            int k = items.size();
            for (int mask = 1; mask < (1 << k) - 1; mask++) {
                Set<String> a = new TreeSet<>();
                Set<String> c = new TreeSet<>();
                for (int i = 0; i < k; i++) {
                    ((mask & (1 << i)) != 0 ? a : c).add(items.get(i));
                }
                if ((double) e.getValue() / count(Set.copyOf(a)) >= minConfidence) {
                    out.add(List.of(Set.copyOf(a), Set.copyOf(c)));
                }
            }
        }
        return out;
    }
}

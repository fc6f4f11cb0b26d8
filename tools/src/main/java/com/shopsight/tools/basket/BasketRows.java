package com.shopsight.tools.basket;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The rows of the basket query ({@link BasketSql} describes them), sorted out by kind. */
final class BasketRows {
    long baskets;
    final List<String> items = new ArrayList<>();
    List<String> labels;
    long[] counts;
    final List<int[]> sets = new ArrayList<>();
    final List<Long> weights = new ArrayList<>();
    /** The filter's item when it occurs but is not frequent, with its basket count. */
    final Map<String, Long> infrequent = new LinkedHashMap<>();

    private BasketRows() {}

    static BasketRows decode(List<List<Object>> rows, BasketQuery query) {
        BasketRows d = new BasketRows();
        Map<Integer, String> items = new TreeMap<>();
        Map<Integer, String> labels = new HashMap<>();
        Map<Integer, Long> counts = new HashMap<>();
        Map<Integer, Integer> rankOfCode = new HashMap<>();
        List<String> bits = new ArrayList<>();
        for (List<Object> row : rows) {
            String kind = (String) row.get(0);
            long weight = ((Number) row.get(6)).longValue();
            switch (kind) {
                case "baskets" -> d.baskets = weight;
                case "item" -> {
                    String item = (String) row.get(3);
                    if (row.get(1) == null) {
                        d.infrequent.put(item, weight);
                    } else {
                        int rank = ((Number) row.get(1)).intValue();
                        items.put(rank, item);
                        counts.put(rank, weight);
                        if (row.get(2) != null) {
                            rankOfCode.put(((Number) row.get(2)).intValue(), rank);
                        }
                        if (row.get(4) != null) {
                            labels.put(rank, (String) row.get(4));
                        }
                    }
                }
                case "set" -> {
                    bits.add((String) row.get(5));
                    d.weights.add(weight);
                }
                default -> throw new IllegalStateException("unexpected row kind " + kind);
            }
        }
        for (String b : bits) {
            d.sets.add(query.plan() == BasketQuery.Plan.LIST ? parseRanks(b) : maskRanks(b, rankOfCode));
        }
        d.counts = new long[items.size()];
        for (Map.Entry<Integer, String> e : items.entrySet()) {
            if (e.getKey() != d.items.size()) {
                throw new IllegalStateException("item ranks are not 0.." + (items.size() - 1));
            }
            d.items.add(e.getValue());
            d.counts[e.getKey()] = counts.get(e.getKey());
        }
        if (!labels.isEmpty()) {
            d.labels = new ArrayList<>();
            for (int i = 0; i < d.items.size(); i++) {
                d.labels.add(labels.get(i));
            }
        }
        return d;
    }

    /** The ranks of the item codes set in a mask's words ("5 0 1024"), increasing. */
    private static int[] maskRanks(String words, Map<Integer, Integer> rankOfCode) {
        String[] parts = words.split(" ");
        List<Integer> ranks = new ArrayList<>();
        for (int w = 0; w < parts.length; w++) {
            long word = Long.parseLong(parts[w]);
            while (word != 0) {
                int bit = Long.numberOfTrailingZeros(word);
                ranks.add(rankOfCode.get(w * BasketSql.WORD_BITS + bit));
                word &= word - 1;
            }
        }
        return ranks.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static int[] parseRanks(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                count++;
            }
        }
        int[] ranks = new int[count];
        int k = 0;
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ' ') {
                ranks[k++] = value;
                value = 0;
            } else {
                value = value * 10 + (ch - '0');
            }
        }
        ranks[k] = value;
        return ranks;
    }
}

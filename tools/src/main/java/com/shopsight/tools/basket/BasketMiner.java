package com.shopsight.tools.basket;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything after the basket query has run: reads its rows ({@link BasketSql} describes
 * them), checks the filter item, mines the itemsets and the rules, and builds the result.
 */
final class BasketMiner {
    /** The miner's own ceiling on frequent itemsets: tens of bytes each, so about 100 MB at most. */
    static final int ITEMSET_LIMIT = 2_000_000;

    private BasketMiner() {}

    static BasketResult mine(BasketParams p, BasketQuery query, List<List<Object>> rows, long startNanos) {
        String sql = query.sql();
        BasketRows d = BasketRows.decode(rows, query);
        if (d.baskets == 0) {
            return new BasketResult.Failed(BasketResult.Reason.NO_BASKETS, "the baskets query returned no baskets",
                    p.baskets() instanceof Baskets.Query
                            ? "Check that the query returns rows with a non-null basket_id and item."
                            : "Widen the date window.", List.of(), sql);
        }
        long minCount = minCount(p.minSupport(), d.baskets);
        Transactions tx = new Transactions(d.baskets, d.items, d.labels, d.counts, d.sets.toArray(int[][]::new),
                d.weights.stream().mapToLong(Long::longValue).toArray());
        int filterRank = -1;
        if (p.filter() != null) {
            FilterLookup found = findFilterItem(p, tx, d, minCount, sql);
            if (found.failure() != null) {
                return found.failure();
            }
            filterRank = found.rank();
        }
        ItemsetTable table;
        try {
            table = FpGrowth.mine(tx, minCount, p.maxSize(), ITEMSET_LIMIT);
        } catch (FpGrowth.TooManyItemsets e) {
            return new BasketResult.Failed(BasketResult.Reason.TOO_MANY_ITEMSETS,
                    "more than " + ITEMSET_LIMIT + " itemsets are in at least " + minCount + " baskets",
                    "Raise the min support or lower the max size.", List.of(), sql);
        }
        RuleGenerator.Generated generated = RuleGenerator.generate(tx, table, p.minConfidence(), filterRank,
                p.filter() == null ? ItemFilter.Side.EITHER : p.filter().side(), p.maxRules());
        List<Rule> rules = generated.rules().stream().map(c -> rule(c, tx)).toList();
        List<Itemset> itemsets = topItemsets(tx, table, filterRank, p.maxItemsets());
        int itemsetCount = tx.itemCount() + table.size();
        List<String> notes = new ArrayList<>();
        if (generated.total() > rules.size()) {
            notes.add(String.format(Locale.ROOT, "%,d rules pass the thresholds; the %,d strongest by lift are shown.",
                    generated.total(), rules.size()));
        }
        if (generated.total() == 0) {
            notes.add(table.size() == 0
                    ? "No two items are together in " + minCount + " or more baskets; lower the min support to find rules."
                    : "No rule reaches the min confidence " + p.minConfidence() + "; lower it to see weaker rules.");
        }
        return new BasketResult.Mined(d.baskets, minCount, tx.itemCount(), tx.sets().length, itemsetCount, itemsets,
                generated.total(), rules, labels(tx, rules, itemsets), notes, sql, (System.nanoTime() - startNanos) / 1_000_000);
    }

    /** ceil(minSupport x baskets), at least 1, in exact decimal arithmetic as the query does it. */
    static long minCount(double minSupport, long baskets) {
        BigDecimal count = new BigDecimal(BasketSql.decimal(minSupport)).multiply(BigDecimal.valueOf(baskets));
        return Math.max(1, count.setScale(0, RoundingMode.CEILING).longValueExact());
    }

    /** The rank of the filter's item, or why it cannot be used. */
    private record FilterLookup(int rank, BasketResult.Failed failure) {}

    private static FilterLookup findFilterItem(BasketParams p, Transactions tx, BasketRows d, long minCount, String sql) {
        String wanted = p.filter().item();
        int exact = tx.items().indexOf(wanted);
        if (exact >= 0) {
            return new FilterLookup(exact, null);
        }
        List<Integer> folded = new ArrayList<>();
        for (int i = 0; i < tx.itemCount(); i++) {
            if (tx.items().get(i).equalsIgnoreCase(wanted)) {
                folded.add(i);
            }
        }
        if (folded.size() == 1) {
            return new FilterLookup(folded.get(0), null);
        }
        if (!d.infrequent.isEmpty()) {
            Map.Entry<String, Long> e = d.infrequent.entrySet().iterator().next();
            double share = (double) e.getValue() / d.baskets;
            return new FilterLookup(-1, new BasketResult.Failed(BasketResult.Reason.ITEM_NOT_FREQUENT,
                    String.format(Locale.ROOT, "'%s' is in %,d of %,d baskets (%.4f %%), fewer than the %,d that the min support %s asks for",
                            e.getKey(), e.getValue(), d.baskets, 100 * share, minCount, p.minSupport()),
                    String.format(Locale.ROOT, "Lower the min support to %s or less.", BasketSql.decimal(share)), List.of(), sql));
        }
        return new FilterLookup(-1, new BasketResult.Failed(BasketResult.Reason.UNKNOWN_ITEM,
                "no basket holds the item '" + wanted + "'",
                "Name the item exactly as the data does, at the level the baskets use.",
                ItemNames.closest(wanted, tx.items(), 5), sql));
    }

    private static Rule rule(RuleGenerator.Candidate c, Transactions tx) {
        double n = tx.baskets();
        double support = c.count() / n;
        double confidence = c.confidence();
        double supportA = c.antecedentCount() / n;
        double supportC = c.consequentCount() / n;
        Double conviction = c.count() == c.antecedentCount() ? null : (1 - supportC) / (1 - confidence);
        return new Rule(names(c.antecedent(), tx), names(c.consequent(), tx), support, c.count(), confidence,
                confidence / supportC, support - supportA * supportC, conviction);
    }

    private static List<Itemset> topItemsets(Transactions tx, ItemsetTable table, int filterRank, int max) {
        record Entry(int[] items, long count) {}
        List<Entry> all = new ArrayList<>();
        for (int i = 0; i < tx.itemCount(); i++) {
            if (filterRank < 0 || i == filterRank) {
                all.add(new Entry(new int[] {i}, tx.itemCounts()[i]));
            }
        }
        for (int e = 0; e < table.size(); e++) {
            int[] items = table.items(e);
            if (filterRank < 0 || Arrays.binarySearch(items, filterRank) >= 0) {
                all.add(new Entry(items, table.count(e)));
            }
        }
        all.sort(Comparator.comparingLong(Entry::count).reversed()
                .thenComparingInt(e -> e.items().length)
                .thenComparing(Entry::items, Arrays::compare));
        return all.stream().limit(max)
                .map(e -> new Itemset(names(e.items(), tx), (double) e.count() / tx.baskets(), e.count())).toList();
    }

    private static List<String> names(int[] ranks, Transactions tx) {
        List<String> out = new ArrayList<>(ranks.length);
        for (int r : ranks) {
            out.add(tx.items().get(r));
        }
        return out;
    }

    private static Map<String, String> labels(Transactions tx, List<Rule> rules, List<Itemset> itemsets) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (tx.labels() == null) {
            return labels;
        }
        Map<String, Integer> rank = new java.util.HashMap<>();
        for (int i = 0; i < tx.itemCount(); i++) {
            rank.put(tx.items().get(i), i);
        }
        List<String> shown = new ArrayList<>();
        rules.forEach(r -> { shown.addAll(r.antecedent()); shown.addAll(r.consequent()); });
        itemsets.forEach(s -> shown.addAll(s.items()));
        for (String item : shown) {
            String label = tx.labels().get(rank.get(item));
            if (label != null) {
                labels.putIfAbsent(item, label);
            }
        }
        return labels;
    }
}

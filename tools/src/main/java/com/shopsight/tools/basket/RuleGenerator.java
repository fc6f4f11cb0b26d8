package com.shopsight.tools.basket;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Rules from frequent itemsets: every split of an itemset into a non-empty antecedent and
 * consequent, so either side may hold several items. The supports both sides need are in
 * the table already, every subset of a frequent itemset being frequent.
 */
final class RuleGenerator {
    /** A rule by item ranks, before it becomes a {@link Rule}. */
    record Candidate(int[] antecedent, int[] consequent, long count, long antecedentCount, long consequentCount) {
        double confidence() {
            return (double) count / antecedentCount;
        }

        double lift(long baskets) {
            return confidence() * baskets / consequentCount;
        }
    }

    /** The rules kept and how many passed in all. */
    record Generated(List<Candidate> rules, int total) {}

    private RuleGenerator() {}

    /**
     * The {@code maxRules} strongest rules with confidence at least {@code minConfidence}.
     *
     * @param filterRank the rank of the item a rule must hold, or -1 for none
     */
    static Generated generate(Transactions tx, ItemsetTable table, double minConfidence,
            int filterRank, ItemFilter.Side side, int maxRules) {
        long n = tx.baskets();
        Comparator<Candidate> strongestFirst = Comparator
                .comparingDouble((Candidate c) -> c.lift(n)).reversed()
                .thenComparing(Comparator.comparingDouble(Candidate::confidence).reversed())
                .thenComparing(Comparator.comparingLong(Candidate::count).reversed())
                .thenComparing(Candidate::antecedent, Arrays::compare)
                .thenComparing(Candidate::consequent, Arrays::compare);
        PriorityQueue<Candidate> kept = new PriorityQueue<>(strongestFirst.reversed());
        int total = 0;
        int[] a = new int[BasketParams.MAX_SIZE];
        int[] c = new int[BasketParams.MAX_SIZE];
        for (int e = 0; e < table.size(); e++) {
            int[] items = table.items(e);
            int k = items.length;
            int filterAt = filterRank < 0 ? -1 : Arrays.binarySearch(items, filterRank);
            if (filterRank >= 0 && filterAt < 0) {
                continue;
            }
            long count = table.count(e);
            for (int mask = 1; mask < (1 << k) - 1; mask++) {
                if (filterAt >= 0 && !sideHolds(side, mask, filterAt)) {
                    continue;
                }
                int na = 0;
                int nc = 0;
                for (int i = 0; i < k; i++) {
                    if ((mask & (1 << i)) != 0) {
                        a[na++] = items[i];
                    } else {
                        c[nc++] = items[i];
                    }
                }
                long countA = support(tx, table, a, na);
                if ((double) count / countA < minConfidence) {
                    continue;
                }
                total++;
                Candidate candidate = new Candidate(Arrays.copyOf(a, na), Arrays.copyOf(c, nc), count, countA, support(tx, table, c, nc));
                if (kept.size() < maxRules) {
                    kept.add(candidate);
                } else if (maxRules > 0 && strongestFirst.compare(candidate, kept.peek()) < 0) {
                    kept.poll();
                    kept.add(candidate);
                }
            }
        }
        List<Candidate> rules = new ArrayList<>(kept);
        rules.sort(strongestFirst);
        return new Generated(rules, total);
    }

    private static boolean sideHolds(ItemFilter.Side side, int antecedentMask, int position) {
        boolean inAntecedent = (antecedentMask & (1 << position)) != 0;
        return switch (side) {
            case ANTECEDENT -> inAntecedent;
            case CONSEQUENT -> !inAntecedent;
            case EITHER -> true;
        };
    }

    private static long support(Transactions tx, ItemsetTable table, int[] items, int length) {
        if (length == 1) {
            return tx.itemCounts()[items[0]];
        }
        long count = table.count(items, length);
        if (count < 0) {
            throw new IllegalStateException("a subset of a frequent itemset is missing from the table");
        }
        return count;
    }
}

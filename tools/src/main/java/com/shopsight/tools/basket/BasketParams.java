package com.shopsight.tools.basket;

import java.util.Objects;

/**
 * What {@link BasketTool} mines. Thresholds are inclusive: an itemset is frequent when it is
 * in at least ceil(minSupport x baskets) baskets, and a rule is kept when its confidence is
 * at least minConfidence.
 *
 * @param baskets the baskets and their items
 * @param minSupport the smallest share of baskets a frequent itemset is in, above 0 and at most 1
 * @param minConfidence the smallest confidence of a rule, 0 to 1
 * @param maxSize the largest itemset (antecedent plus consequent), 2 to {@link #MAX_SIZE}
 * @param maxRules how many rules to report at most (the strongest by lift)
 * @param maxItemsets how many frequent itemsets to report at most (the most frequent)
 * @param filter only rules with this item, or null for all
 */
public record BasketParams(
        Baskets baskets,
        double minSupport,
        double minConfidence,
        int maxSize,
        int maxRules,
        int maxItemsets,
        ItemFilter filter) {

    /** Itemsets larger than this are never useful as rules and explode combinatorially. */
    public static final int MAX_SIZE = 16;
    /** The most rules or itemsets a result holds; each is held in memory and sent as JSON. */
    public static final int MAX_REPORTED = 1_000_000;

    public BasketParams {
        Objects.requireNonNull(baskets, "baskets");
        if (!(minSupport > 0 && minSupport <= 1)) {
            throw new IllegalArgumentException("min support must be above 0 and at most 1 (a share of baskets), not " + minSupport);
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("min confidence must be between 0 and 1, not " + minConfidence);
        }
        if (maxSize < 2 || maxSize > MAX_SIZE) {
            throw new IllegalArgumentException("max size must be between 2 (pairs) and " + MAX_SIZE + ", not " + maxSize);
        }
        if (maxRules < 0 || maxRules > MAX_REPORTED) {
            throw new IllegalArgumentException("max rules must be between 0 and " + MAX_REPORTED + ", not " + maxRules);
        }
        if (maxItemsets < 0 || maxItemsets > MAX_REPORTED) {
            throw new IllegalArgumentException("max itemsets must be between 0 and " + MAX_REPORTED + ", not " + maxItemsets);
        }
    }

    /** {@code baskets} with support 1 %, confidence 10 %, pairs and triples, the top 100 rules and itemsets, no filter. */
    public static BasketParams of(Baskets baskets) {
        return new BasketParams(baskets, 0.01, 0.1, 3, 100, 100, null);
    }

    public BasketParams withMinSupport(double value) {
        return new BasketParams(baskets, value, minConfidence, maxSize, maxRules, maxItemsets, filter);
    }

    public BasketParams withMinConfidence(double value) {
        return new BasketParams(baskets, minSupport, value, maxSize, maxRules, maxItemsets, filter);
    }

    public BasketParams withMaxSize(int value) {
        return new BasketParams(baskets, minSupport, minConfidence, value, maxRules, maxItemsets, filter);
    }

    public BasketParams withMaxRules(int value) {
        return new BasketParams(baskets, minSupport, minConfidence, maxSize, value, maxItemsets, filter);
    }

    public BasketParams withMaxItemsets(int value) {
        return new BasketParams(baskets, minSupport, minConfidence, maxSize, maxRules, value, filter);
    }

    public BasketParams withFilter(ItemFilter value) {
        return new BasketParams(baskets, minSupport, minConfidence, maxSize, maxRules, maxItemsets, value);
    }
}

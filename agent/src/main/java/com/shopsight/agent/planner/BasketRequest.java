package com.shopsight.agent.planner;

import com.shopsight.agent.semantic.SemanticModel;
import com.shopsight.tools.basket.ItemLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a basket question asks, read from its conditions: the item rules must start from
 * ("what sells with bikini tops": product type Bikini top) and the level items are counted at
 * (its column), the conditions on whole baskets (channel, customers: they choose baskets, not
 * items), and those left out (a second product attribute, exclusions, several values).
 *
 * @param level what an item is: the item's column, else product types
 * @param item the item rules start from, as the data names it, or null for rules among all items
 * @param itemCondition the condition naming the item, or null
 * @param basketConditions conditions a whole basket meets (channel, age, club)
 * @param leftOut conditions a basket analysis cannot hold
 */
record BasketRequest(ItemLevel level, String item, Condition itemCondition, List<Condition> basketConditions,
        List<Condition> leftOut) {
    BasketRequest {
        basketConditions = List.copyOf(basketConditions);
        leftOut = List.copyOf(leftOut);
    }

    /** Which product attribute names the item when several are said ("black trousers"): the most specific. */
    private static final List<String> SPECIFIC_FIRST = List.of("product", "product_type", "department", "section",
            "garment_group", "category", "index", "colour", "pattern");

    static BasketRequest of(SemanticQuery q, SemanticModel model) {
        Condition.Values item = null;
        List<Condition> baskets = new ArrayList<>();
        List<Condition> leftOut = new ArrayList<>();
        for (Condition c : q.conditions()) {
            if (!"articles".equals(entity(c, model))) {
                baskets.add(c);
            } else if (c instanceof Condition.Values v && !v.negated() && v.values().size() == 1
                    && (item == null || rank(v) < rank(item))) {
                if (item != null) {
                    leftOut.add(item);
                }
                item = v;
            } else {
                leftOut.add(c);
            }
        }
        if (item == null) {
            // "which colours sell together": items at the level asked for; products and no level mean product types.
            ItemLevel level = q.dimensions().stream().filter(d -> !d.equals("product"))
                    .filter(d -> "articles".equals(model.dimension(d).orElseThrow().entity())).findFirst()
                    .map(d -> level(d, model)).orElse(ItemLevel.PRODUCT_TYPE);
            return new BasketRequest(level, null, null, baskets, leftOut);
        }
        return new BasketRequest(level(item.dimension(), model), item.values().get(0), item, baskets, leftOut);
    }

    private static int rank(Condition.Values v) {
        int i = SPECIFIC_FIRST.indexOf(v.dimension());
        return i < 0 ? SPECIFIC_FIRST.size() : i;
    }

    /** The basket item level of an articles dimension: its column. */
    private static ItemLevel level(String dimension, SemanticModel model) {
        String column = model.dimension(dimension).orElseThrow().column();
        return ItemLevel.parse(column.substring(column.indexOf('.') + 1).toLowerCase(Locale.ROOT));
    }

    /** Whether the items are the level of {@code dimension} (so grouping by it is what the rules do). */
    boolean itemsAre(String dimension, SemanticModel model) {
        return dimension.equals("product") && item == null
                || "articles".equals(model.dimension(dimension).orElseThrow().entity()) && level.equals(level(dimension, model));
    }

    /** The table a condition is on: articles, customers, or null for the fact table (channel). */
    private static String entity(Condition c, SemanticModel model) {
        if (c instanceof Condition.Ages) {
            return "customers";
        }
        if (c instanceof Condition.Named n) {
            return model.filter(n.name()).orElseThrow().entity();
        }
        return model.dimension(((Condition.Values) c).dimension()).orElseThrow().entity();
    }
}

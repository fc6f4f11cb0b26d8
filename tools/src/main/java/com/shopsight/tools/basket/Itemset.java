package com.shopsight.tools.basket;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * A frequent itemset.
 *
 * @param items the items, in the order of their own frequency (most frequent first)
 * @param support the share of baskets holding them all
 * @param supportCount the number of baskets holding them all
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"items", "support", "support_count"})
public record Itemset(List<String> items, double support, long supportCount) {
    public Itemset {
        items = List.copyOf(items);
    }
}

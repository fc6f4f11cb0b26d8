package com.shopsight.tools.basket;

import java.util.Locale;
import java.util.Objects;

/**
 * Keeps only the rules with an item on a given side: "what sells with bikini tops?" is
 * {@code Bikini top} in the antecedent.
 *
 * @param item the item as the data names it (matched case-insensitively when unambiguous)
 * @param side where in a rule the item must be
 */
public record ItemFilter(String item, Side side) {
    /** Where in a rule the filtered item must stand. */
    public enum Side {
        ANTECEDENT,
        CONSEQUENT,
        EITHER;

        /** Parses "antecedent", "consequent" or "either", in any case. */
        public static Side parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown side '" + text + "'; use antecedent, consequent or either", e);
            }
        }
    }

    public ItemFilter {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(side, "side");
        if (item.isBlank()) {
            throw new IllegalArgumentException("The item to filter on is empty");
        }
    }

    /** Rules whose antecedent holds {@code item}: what sells with it. */
    public static ItemFilter sellsWith(String item) {
        return new ItemFilter(item, Side.ANTECEDENT);
    }
}

package com.shopsight.tools.basket;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** What {@link BasketTool#run} gives back: the {@link Mined} rules, or why there are none ({@link Failed}). */
public sealed interface BasketResult {
    /** "rules" or "failed", so JSON readers can tell the outcomes apart. */
    String status();

    /** The SQL that ran (or was refused), never null. */
    String sql();

    /**
     * Frequent itemsets and the rules among them.
     *
     * @param baskets the number of baskets mined
     * @param minSupportCount the fewest baskets a frequent itemset is in: ceil(minSupport x baskets)
     * @param frequentItems how many items are frequent on their own
     * @param distinctBaskets how many distinct item sets the miner read: baskets reduced to their frequent items
     *     (to those in a frequent pair, in the list plan) with two or more left, each set once with its count
     * @param itemsetCount how many frequent itemsets there are, single items included
     * @param itemsets the most frequent of them, at most the requested number
     * @param ruleCount how many rules pass the thresholds and the filter
     * @param rules the strongest of them by lift (then confidence, then support), at most the requested number
     * @param labels article names by article id when items are articles, otherwise empty
     * @param notes what a reader should know (truncation, nothing passing the thresholds)
     * @param sql the query that read the baskets
     * @param elapsedMs wall time of the whole run
     */
    @JsonPropertyOrder({"status", "baskets", "minSupportCount", "frequentItems", "distinctBaskets", "itemsetCount",
        "ruleCount", "rules", "itemsets", "labels", "notes", "sql", "elapsedMs"})
    record Mined(
            long baskets,
            long minSupportCount,
            int frequentItems,
            int distinctBaskets,
            int itemsetCount,
            List<Itemset> itemsets,
            int ruleCount,
            List<Rule> rules,
            Map<String, String> labels,
            List<String> notes,
            String sql,
            long elapsedMs) implements BasketResult {
        public Mined {
            itemsets = List.copyOf(itemsets);
            rules = List.copyOf(rules);
            labels = Map.copyOf(labels);
            notes = List.copyOf(notes);
            Objects.requireNonNull(sql, "sql");
        }

        @Override
        @JsonProperty("status")
        public String status() {
            return "rules";
        }
    }

    /**
     * No rules could be mined, and why, in words a person or an LLM can act on.
     *
     * @param reason the kind of failure, as a stable code
     * @param message what went wrong
     * @param hint what to do about it, or null
     * @param suggestions close matches for an unknown item, otherwise empty
     * @param sql the query that ran or was refused
     */
    @JsonPropertyOrder({"status", "reason", "message", "hint", "suggestions", "sql"})
    record Failed(Reason reason, String message, String hint, List<String> suggestions, String sql) implements BasketResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
            suggestions = List.copyOf(suggestions);
            Objects.requireNonNull(sql, "sql");
        }

        @Override
        @JsonProperty("status")
        public String status() {
            return "failed";
        }
    }

    /** Why no rules came back. */
    enum Reason {
        /** The SQL gate refused or stopped the basket query. */
        SQL_REJECTED,
        /** The query returned no baskets. */
        NO_BASKETS,
        /** The filter's item does not occur in the baskets. */
        UNKNOWN_ITEM,
        /** The filter's item occurs, but in fewer baskets than the minimum support. */
        ITEM_NOT_FREQUENT,
        /** The thresholds let through more itemsets than the miner holds. */
        TOO_MANY_ITEMSETS,
        /** More distinct baskets than one query may return. */
        TOO_MANY_BASKETS;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}

package com.shopsight.tools.basket;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * An association rule "baskets with the antecedent also hold the consequent".
 *
 * @param antecedent the items on the left, never empty
 * @param consequent the items on the right, never empty, none of them in the antecedent
 * @param support the share of baskets holding all the rule's items
 * @param supportCount the number of baskets holding all the rule's items
 * @param confidence support of the whole rule over support of the antecedent
 * @param lift confidence over the consequent's support: above 1 means they go together more than by chance
 * @param leverage support minus what independence would give
 * @param conviction (1 - consequent support) / (1 - confidence); null when confidence is 1 (infinite)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"antecedent", "consequent", "support", "support_count", "confidence", "lift", "leverage", "conviction"})
public record Rule(
        List<String> antecedent,
        List<String> consequent,
        double support,
        long supportCount,
        double confidence,
        double lift,
        double leverage,
        Double conviction) {
    public Rule {
        antecedent = List.copyOf(antecedent);
        consequent = List.copyOf(consequent);
    }
}

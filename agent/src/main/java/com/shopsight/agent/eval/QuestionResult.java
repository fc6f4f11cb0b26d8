package com.shopsight.agent.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * How one golden question went: it passes a score when every turn does.
 *
 * @param id the question's id, never null
 * @param category its category, never null
 * @param tags its phrasing tags, never null
 * @param turns each turn's result in order, never empty
 */
public record QuestionResult(String id, String category, List<String> tags, List<TurnResult> turns) {
    public QuestionResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        tags = List.copyOf(tags);
        turns = List.copyOf(turns);
        if (turns.isEmpty()) {
            throw new IllegalArgumentException(id + " has no turns");
        }
    }

    @JsonProperty
    public boolean strict() {
        return turns.stream().allMatch(TurnResult::strict);
    }

    @JsonProperty
    public boolean lenient() {
        return turns.stream().allMatch(TurnResult::lenient);
    }

    /** Total wall time of the agent's answers. */
    @JsonProperty
    public long ms() {
        return turns.stream().mapToLong(TurnResult::ms).sum();
    }
}

package com.shopsight.agent.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One step the agent took, shown to the user as it happened.
 *
 * @param tool the tool called ("sql", "forecast", ...), never null
 * @param input the tool's input as JSON (never null; an empty object when there is none)
 * @param sql the SQL the step ran, or null when it ran none
 * @param rows rows the step returned, or null when not a table
 * @param ms how long the step took
 * @param error what went wrong, or null when it succeeded
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Step(String tool, JsonNode input, String sql, Integer rows, long ms, String error) {
    public Step {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(input, "input");
        if (ms < 0) {
            throw new IllegalArgumentException("ms must be >= 0: " + ms);
        }
    }

    public boolean failed() {
        return error != null;
    }
}

package com.shopsight.agent.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopsight.agent.answer.Answer;
import java.time.Instant;
import java.util.Objects;

/**
 * One exchange of a conversation: the answer given (which holds the question) and the state
 * the answering agent needs to read the next question (the offline planner keeps the query
 * it ran; an LLM agent may keep its messages).
 *
 * @param at when the answer was given, never null
 * @param answer the answer, never null
 * @param state the agent's own state after this turn, or null
 */
public record Turn(Instant at, Answer answer, JsonNode state) {
    public Turn {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(answer, "answer");
        // JSON reads a missing state back as a null node: keep "no state" one thing.
        state = state == null || state.isNull() || state.isMissingNode() ? null : state;
    }
}

package com.shopsight.agent.answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Hears an answer being made, for surfaces that stream progress (the chat page's event
 * stream): each step as it starts and finishes, then the answer text as it arrives.
 */
public interface AnswerListener {
    /** Hears nothing. */
    AnswerListener NONE = new AnswerListener() {};

    /** A step is starting: the tool and its input. */
    default void stepStarted(String tool, JsonNode input) {}

    /** A step finished (successfully or with its error). */
    default void stepFinished(Step step) {}

    /** More answer text arrived (the whole text for agents that do not stream). */
    default void text(String delta) {}
}

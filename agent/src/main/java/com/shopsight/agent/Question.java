package com.shopsight.agent;

import java.util.Objects;

/**
 * A question as a surface hands it to the agent.
 *
 * @param text what the user typed, never null
 * @param conversationId the conversation to continue, or null to start a new one
 * @param mode which agent should answer
 * @param surface where it came from ("cli", "web", "api", "slack", "eval"), for the audit log
 */
public record Question(String text, String conversationId, ModeChoice mode, String surface) {
    /** The longest question accepted, in characters. */
    public static final int MAX_LENGTH = 2_000;

    /** Which agent a user asked for. */
    public enum ModeChoice {
        /** The planner when it fully understands the question, otherwise the LLM when one is configured. */
        AUTO,
        /** The LLM agent (falls back to the planner, with a notice, when the LLM fails). */
        LLM,
        /** The offline planner only. */
        OFFLINE
    }

    public Question {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(surface, "surface");
    }

    /** An automatic-mode question from {@code surface} that starts a new conversation. */
    public static Question of(String text, String surface) {
        return new Question(text, null, ModeChoice.AUTO, surface);
    }
}

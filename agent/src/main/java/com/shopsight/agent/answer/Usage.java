package com.shopsight.agent.answer;

/**
 * What answering cost: LLM calls and tokens (zero for the offline planner) and wall time.
 */
public record Usage(int llmCalls, long inputTokens, long outputTokens, long ms) {
    public Usage {
        if (llmCalls < 0 || inputTokens < 0 || outputTokens < 0 || ms < 0) {
            throw new IllegalArgumentException("usage figures must be >= 0");
        }
    }

    /** The usage of an answer that called no LLM. */
    public static Usage offline(long ms) {
        return new Usage(0, 0, 0, ms);
    }
}

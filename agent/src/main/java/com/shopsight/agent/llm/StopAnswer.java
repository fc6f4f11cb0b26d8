package com.shopsight.agent.llm;

import java.util.Objects;

/**
 * Stops the LLM's work on an answer from inside a tool call, where langchain4j would otherwise
 * carry on: the SQL attempts are used up, the LLM keeps sending arguments it cannot repair, or
 * a tool broke. It travels up through langchain4j and is found in the cause chain.
 */
final class StopAnswer extends RuntimeException {
    /** Why the answer stopped. */
    enum Reason { SQL_ATTEMPTS, BAD_ARGUMENTS, TOOL_BROKE }

    private final Reason reason;

    StopAnswer(Reason reason, String detail, Throwable cause) {
        super(Objects.requireNonNull(detail, "detail"), cause, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    Reason reason() {
        return reason;
    }
}

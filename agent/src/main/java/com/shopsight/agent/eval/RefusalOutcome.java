package com.shopsight.agent.eval;

/**
 * How a turn's refusing compares with what the suite expects. An answer refuses when it has
 * neither a table nor a chart: nothing was answered. On a question that should be answered,
 * such an answer counts as a refusal only when none of its steps failed (otherwise it failed).
 */
public enum RefusalOutcome {
    /** Answered, as it should. */
    ANSWERED,
    /** Refused, as it should. */
    REFUSED,
    /** Refused (or did not understand) a question it should have answered. */
    UNWANTED_REFUSAL,
    /** Answered a question it should have refused. */
    MISSED_REFUSAL,
    /**
     * Neither an answer nor a refusal: the agent threw, or its steps failed and it gave no
     * table or chart.
     */
    FAILED
}

package com.shopsight.agent.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopsight.agent.answer.Table;
import java.util.Objects;

/** What one tool call gave: a result, or why there is none; both go back to the LLM as JSON. */
sealed interface ToolOutcome {
    /** The JSON the LLM reads (data values inside are fenced and escaped on the way out). */
    ObjectNode result();

    /** The SQL the call ran (the last one when several), or null. */
    String sql();

    /**
     * A result.
     *
     * @param rows how many rows the result has, or null when it is not a table
     * @param table the result as the Answer's table, or null
     * @param chart a Vega-Lite spec, or null
     */
    record Done(ObjectNode result, String sql, Integer rows, Table table, JsonNode chart) implements ToolOutcome {
        public Done {
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * No result: {@code error} is the one line a person reads in the step; {@code result}
     * tells the LLM the code, message and hint so it can repair its call.
     */
    record Failed(ObjectNode result, String sql, String error) implements ToolOutcome {
        public Failed {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(error, "error");
        }
    }
}

package com.shopsight.agent.planner;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopsight.agent.answer.Step;
import com.shopsight.agent.answer.Table;
import java.util.List;
import java.util.Objects;

/**
 * What answering a planned query produced, before it becomes an Answer.
 *
 * @param text the answer in Markdown, never null
 * @param steps the steps taken (SQL through the gate, tool calls), never null
 * @param table the primary table, or null
 * @param chart a Vega-Lite spec, or null
 * @param sql the primary SQL, or null
 * @param notices what the user should know, never null
 * @param succeeded whether the answer holds a result a follow-up can build on
 */
record Execution(String text, List<Step> steps, Table table, JsonNode chart, String sql, List<String> notices,
        boolean succeeded) {
    Execution {
        Objects.requireNonNull(text, "text");
        steps = List.copyOf(steps);
        notices = List.copyOf(notices);
    }

    /** An answer made of text alone, with nothing run. */
    static Execution text(String text) {
        return new Execution(text, List.of(), null, null, null, List.of(), false);
    }
}

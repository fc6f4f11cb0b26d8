package com.shopsight.agent.llm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One of ShopSight's tools as the LLM sees it: a name, typed parameters (their descriptions
 * live in {@code prompts/tools/<name>.txt}) and a call that turns JSON arguments into the
 * tool's parameters and its result into JSON. Expected failures are {@link ToolOutcome.Failed};
 * a bad argument is an {@link IllegalArgumentException}, which goes back to the LLM to fix.
 */
interface LlmTool {
    /** The name the LLM calls, such as {@code run_sql}. */
    String name();

    /** The parameters, in the order the prompt file describes them. */
    List<ToolParam> params();

    /** Runs the tool for one answer. */
    ToolOutcome call(Args args, Session session);
}

package com.shopsight.agent.llm;

import java.util.Map;

/**
 * The system message: {@code prompts/agent.system.txt} with its fragments, the schema (whole,
 * or the part nearest the question), the semantic model, "today" and the SQL attempt limit.
 */
final class SystemPrompt {
    static final String FILE = "agent.system.txt";

    private final Prompts prompts;
    private final SchemaContext schema;
    private final String dataset;
    private final String semanticModel;
    private final String today;
    private final int maxSqlAttempts;

    SystemPrompt(Prompts prompts, SchemaContext schema, String dataset, String semanticModel, String today,
            int maxSqlAttempts) {
        this.prompts = prompts;
        this.schema = schema;
        this.dataset = dataset;
        this.semanticModel = semanticModel;
        this.today = today;
        this.maxSqlAttempts = maxSqlAttempts;
    }

    /** The system message for {@code question} (read afresh, so an edited prompt file counts at once). */
    String render(String question) {
        return prompts.render(prompts.text(FILE), Map.of(
                "dataset", dataset,
                "today", today,
                "schema", AnswerText.inert(schema.forQuestion(question)),
                "semantic_model", semanticModel,
                "max_sql_attempts", Integer.toString(maxSqlAttempts))).strip();
    }

    /** The business definitions (semantic model) and "today": numbers there may appear in an answer. */
    String definitions() {
        return semanticModel + "\nToday: " + today;
    }
}

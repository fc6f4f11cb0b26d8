package com.shopsight.agent.answer;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * The unit every surface renders (chat page, REST, Slack, CLI, evaluation): DESIGN.md's
 * Answer contract, plus a stable {@code id} for the answer's own page.
 *
 * @param id stable identifier of this answer (for /answers/{id}), never null
 * @param question the question as asked, never null
 * @param conversationId the conversation it belongs to, never null
 * @param mode which agent answered
 * @param model the LLM model name, or null in offline mode
 * @param answer the answer text as Markdown, never null
 * @param steps every step taken, in order, never null
 * @param table the primary result table, or null
 * @param chart a Vega-Lite spec, or null
 * @param sql the primary SQL, or null
 * @param understood how the question was read, in words, never null
 * @param notices things the user should know (fallbacks, unverified numbers), never null
 * @param usage what answering cost, never null
 */
@JsonPropertyOrder({"id", "question", "conversationId", "mode", "model", "answer", "steps", "table", "chart", "sql",
        "understood", "notices", "usage"})
public record Answer(
        String id,
        String question,
        String conversationId,
        Mode mode,
        String model,
        String answer,
        List<Step> steps,
        Table table,
        JsonNode chart,
        String sql,
        String understood,
        List<String> notices,
        Usage usage) {

    public Answer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(understood, "understood");
        Objects.requireNonNull(usage, "usage");
        steps = List.copyOf(steps);
        notices = List.copyOf(notices);
    }

    /** This answer with one more notice. */
    public Answer withNotice(String notice) {
        List<String> more = new java.util.ArrayList<>(notices);
        more.add(notice);
        return new Answer(id, question, conversationId, mode, model, answer, steps, table, chart, sql, understood,
                more, usage);
    }
}

package com.shopsight.web.http;

import com.shopsight.agent.Agent;
import com.shopsight.agent.conversation.ConversationStore;
import com.shopsight.tools.gate.SqlGate;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the web server serves from: the agent that answers, the gate that runs a power user's
 * SQL, the stored conversations, the schema doc, and what the page shows about them.
 *
 * @param agent answers questions, never null
 * @param gate runs SQL from the SQL panel and POST /api/sql, never null
 * @param conversations the persisted conversations the agent writes to, never null
 * @param schemaMarkdown the schema doc (schema-docs/hm.md) as Markdown, never null
 * @param mode what answers, in words for the page, never null
 * @param examples example questions for an empty conversation, never null
 * @param evalReports the folder evaluation reports are written to, or null
 */
public record Backend(Agent agent, SqlGate gate, ConversationStore conversations, String schemaMarkdown,
        ModeInfo mode, List<String> examples, Path evalReports) {

    /**
     * Which agent answers, as the page says it.
     *
     * @param llmModel the LLM model's name when an LLM is configured, else null (offline only)
     */
    public record ModeInfo(String llmModel) {
        public static final ModeInfo OFFLINE = new ModeInfo(null);

        /** "Offline planner" or "LLM gpt-4o-mini (offline planner as fallback)". */
        public String label() {
            return llmModel == null ? "Offline planner" : "LLM " + llmModel;
        }

        public boolean llm() {
            return llmModel != null;
        }
    }

    public Backend {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(conversations, "conversations");
        Objects.requireNonNull(schemaMarkdown, "schemaMarkdown");
        Objects.requireNonNull(mode, "mode");
        examples = List.copyOf(examples);
    }
}

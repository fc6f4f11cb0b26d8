package com.shopsight.agent;

import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.AnswerListener;
import com.shopsight.agent.conversation.ConversationStore;
import com.shopsight.agent.lexicon.NearestPhrase;
import com.shopsight.agent.llm.LlmAgent;
import com.shopsight.agent.llm.LlmConfig;
import com.shopsight.agent.llm.Prompts;
import com.shopsight.agent.planner.OfflinePlanner;
import com.shopsight.agent.planner.PlanOutcome;
import com.shopsight.tools.gate.GateConfig;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.search.SearchTool;
import java.nio.file.Path;

/**
 * ShopSight's agent as the surfaces open it: one gate, the offline planner and, when an LLM is
 * configured, the LLM agent, with each question sent to the one it asks for. {@code AUTO}: the
 * planner when it reads the question fully (or refuses a destructive one) and so needs no
 * LLM, else the LLM; {@code LLM}: the LLM (which falls back to the planner, with a notice, when
 * it fails); {@code OFFLINE}: the planner. The Answer's {@code mode} says which answered.
 */
public final class RoutingAgent implements Agent, AutoCloseable {
    /** The gate this agent opened and so closes, or null when its caller owns the gate. */
    private final SqlGate ownedGate;
    private final OfflinePlanner planner;
    private final LlmAgent llm;

    RoutingAgent(SqlGate ownedGate, OfflinePlanner planner, LlmAgent llm) {
        this.ownedGate = ownedGate;
        this.planner = planner;
        this.llm = llm;
    }

    /**
     * The agent over a gate its caller owns and closes (the web server also serves /api/sql
     * through it): the planner over {@code store}, and an LLM agent when {@code llmConfig}
     * configures one.
     */
    public static RoutingAgent over(SqlGate gate, Path database, SchemaDocs docs, ConversationStore store,
            NearestPhrase nearest, LlmConfig llmConfig, Path prompts) {
        OfflinePlanner planner = OfflinePlanner.create(gate, docs.semanticModel(), docs.schemaDoc(), store, nearest);
        LlmAgent llm = llmConfig.configured() ? LlmAgent.create(llmConfig, gate, docs.semanticModel(), docs.schemaDoc(),
                store, Prompts.from(prompts), planner, SearchTool.cacheFor(database)) : null;
        return new RoutingAgent(null, planner, llm);
    }

    /** The LLM model's name, or null when no LLM is configured. */
    public String llmModel() {
        return llm == null ? null : llm.model();
    }

    /**
     * Opens the agent on {@code database}: the gate with {@code gateConfig}, conversations in
     * {@code conversations}, and an LLM agent when {@code llmConfig} configures one, with its
     * prompts from {@code prompts} (a folder, or null for the bundled ones).
     *
     * @throws com.shopsight.tools.db.DatabaseMissingException when the database does not exist
     */
    public static RoutingAgent open(Path database, SchemaDocs docs, GateConfig gateConfig, Path conversations,
            NearestPhrase nearest, LlmConfig llmConfig, Path prompts) {
        SqlGate gate = SqlGate.open(database, gateConfig);
        try {
            ConversationStore store = new ConversationStore(conversations);
            OfflinePlanner planner = OfflinePlanner.create(gate, docs.semanticModel(), docs.schemaDoc(), store, nearest);
            LlmAgent llm = llmConfig.configured() ? LlmAgent.create(llmConfig, gate, docs.semanticModel(), docs.schemaDoc(),
                    store, Prompts.from(prompts), planner, SearchTool.cacheFor(database)) : null;
            return new RoutingAgent(gate, planner, llm);
        } catch (RuntimeException e) {
            gate.close();
            throw e;
        }
    }

    /** Whether an LLM is configured. */
    public boolean hasLlm() {
        return llm != null;
    }

    @Override
    public Answer ask(Question question, AnswerListener listener) {
        switch (question.mode()) {
            case OFFLINE:
                return planner.ask(question, listener);
            case LLM:
                if (llm == null) {
                    return planner.ask(question, listener).withNotice("No LLM is configured (set OPENAI_API_KEY, or"
                            + " OPENAI_BASE_URL for a local server such as Ollama or vLLM); the offline planner answered.");
                }
                return llm.ask(question, listener);
            default:
                return llm != null && !plannerSuffices(planner.read(question)) ? llm.ask(question, listener)
                        : planner.ask(question, listener);
        }
    }

    /** Whether the planner's reading makes an LLM unnecessary: it planned the question, or refuses it as destructive. */
    static boolean plannerSuffices(PlanOutcome outcome) {
        return outcome instanceof PlanOutcome.Planned
                || outcome instanceof PlanOutcome.Refused r && r.kind().equals("destructive");
    }

    @Override
    public void close() {
        if (llm != null) {
            llm.close();
        }
        if (ownedGate != null) {
            ownedGate.close();
        }
    }
}

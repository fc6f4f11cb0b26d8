package com.shopsight.agent;

import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.AnswerListener;
import com.shopsight.agent.conversation.ConversationStore;
import com.shopsight.agent.lexicon.NearestPhrase;
import com.shopsight.agent.planner.OfflinePlanner;
import com.shopsight.tools.gate.GateConfig;
import com.shopsight.tools.gate.SqlGate;
import java.nio.file.Path;

/**
 * The offline agent wired to a database: the gate it owns, the semantic model and schema doc,
 * the conversations beside the database, and the planner over them. What `ask`, the web
 * server and the evaluator open; closing it closes the gate.
 */
public final class OfflineAgent implements Agent, AutoCloseable {
    private final SqlGate gate;
    private final OfflinePlanner planner;

    private OfflineAgent(SqlGate gate, OfflinePlanner planner) {
        this.gate = gate;
        this.planner = planner;
    }

    /**
     * Opens the offline agent on {@code database} with {@code docs}, gate settings
     * {@code gateConfig} and conversations in {@code conversations}.
     *
     * @throws com.shopsight.tools.db.DatabaseMissingException when the database does not exist
     */
    public static OfflineAgent open(Path database, SchemaDocs docs, GateConfig gateConfig, Path conversations,
            NearestPhrase nearest) {
        SqlGate gate = SqlGate.open(database, gateConfig);
        try {
            OfflinePlanner planner = OfflinePlanner.create(gate, docs.semanticModel(), docs.schemaDoc(),
                    new ConversationStore(conversations), nearest);
            return new OfflineAgent(gate, planner);
        } catch (RuntimeException e) {
            gate.close();
            throw e;
        }
    }

    /** The offline agent on {@code database} with the default gate and conversations beside the database. */
    public static OfflineAgent open(Path database, SchemaDocs docs) {
        return open(database, docs, GateConfig.forDatabase(database),
                database.toAbsolutePath().resolveSibling("conversations"), NearestPhrase.NONE);
    }

    @Override
    public Answer ask(Question question, AnswerListener listener) {
        return planner.ask(question, listener);
    }

    @Override
    public void close() {
        gate.close();
    }
}

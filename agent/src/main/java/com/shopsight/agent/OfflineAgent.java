package com.shopsight.agent;

import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.AnswerListener;
import com.shopsight.agent.conversation.ConversationStore;
import com.shopsight.agent.lexicon.NearestPhrase;
import com.shopsight.agent.planner.OfflinePlanner;
import com.shopsight.agent.planner.PlannerOptions;
import com.shopsight.tools.gate.GateConfig;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.search.SearchTool;
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
     * {@code gateConfig}, conversations in {@code conversations}, and the planner's resolver of
     * unknown words and product search as {@code options} say ({@link #options}).
     *
     * @throws com.shopsight.tools.db.DatabaseMissingException when the database does not exist
     */
    public static OfflineAgent open(Path database, SchemaDocs docs, GateConfig gateConfig, Path conversations,
            PlannerOptions options) {
        SqlGate gate = SqlGate.open(database, gateConfig);
        try {
            OfflinePlanner planner = OfflinePlanner.create(gate, docs.semanticModel(), docs.schemaDoc(),
                    new ConversationStore(conversations), options);
            return new OfflineAgent(gate, planner);
        } catch (RuntimeException e) {
            gate.close();
            throw e;
        }
    }

    /** As {@link #open(Path, SchemaDocs, GateConfig, Path, PlannerOptions)}, unknown words resolved by {@code nearest}. */
    public static OfflineAgent open(Path database, SchemaDocs docs, GateConfig gateConfig, Path conversations,
            NearestPhrase nearest) {
        return open(database, docs, gateConfig, conversations, options(database).withNearest(nearest));
    }

    /** The offline agent on {@code database} with the default gate and conversations beside the database. */
    public static OfflineAgent open(Path database, SchemaDocs docs) {
        return open(database, docs, GateConfig.forDatabase(database), database.toAbsolutePath().resolveSibling("conversations"),
                options(database));
    }

    /**
     * The planner options for {@code database}: words the lexicon does not know resolved by the
     * in-process sentence model (loaded on the first such word), and product search with the
     * embeddings cached beside the database when they have been built, by words alone until then.
     */
    public static PlannerOptions options(Path database) {
        return PlannerOptions.forDatabase(database, SearchTool.Embeddings.CACHED);
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

package com.shopsight.agent.planner;

import com.shopsight.agent.Question;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.conversation.ConversationStore;
import com.shopsight.agent.lexicon.NearestPhrase;
import com.shopsight.agent.semantic.SemanticModel;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.gate.GateConfig;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.testing.TinyDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An offline planner on a private copy of the tiny dataset, behind a real gate, with
 * conversations kept in a scratch folder. One per test class: building it reads the data.
 * Registered as an extension ({@code @RegisterExtension static final}), it closes after the class.
 */
final class PlannerFixture implements AutoCloseable, AfterAllCallback {
    static final Path MODEL = Path.of(System.getProperty("shopsight.repo.root", ".."), "schema-docs", "hm.semantic.yaml");

    final Path folder;
    final SqlGate gate;
    final SemanticModel model;
    final ConversationStore store;
    final OfflinePlanner planner;
    /** A plain read-only connection to the tiny data, for the SQL written by hand that answers are checked against. */
    private Connection hand;

    PlannerFixture() {
        try {
            folder = Files.createTempDirectory("planner-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path db = TinyDataset.copyTo(folder);
        gate = SqlGate.open(db, GateConfig.forDatabase(db).withAuditLog(folder.resolve("audit.jsonl"), 1 << 20));
        model = SemanticModel.load(MODEL);
        store = new ConversationStore(folder.resolve("conversations"));
        planner = OfflinePlanner.create(gate, model, java.util.Optional.empty(), store, NearestPhrase.NONE);
    }

    Answer ask(String question) {
        return planner.ask(Question.of(question, "test"));
    }

    Answer ask(String question, String conversation) {
        return planner.ask(new Question(question, conversation, Question.ModeChoice.OFFLINE, "test"));
    }

    /** The connection for SQL written by hand, opened on first use and closed with the fixture. */
    synchronized Connection hand() {
        if (hand == null) {
            hand = DuckDb.openReadOnly(TinyDataset.path());
        }
        return hand;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        if (hand != null) {
            try {
                hand.close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        gate.close();
    }
}

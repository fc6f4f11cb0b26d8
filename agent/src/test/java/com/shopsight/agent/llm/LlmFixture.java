package com.shopsight.agent.llm;

import com.shopsight.agent.conversation.ConversationStore;
import com.shopsight.agent.lexicon.NearestPhrase;
import com.shopsight.agent.planner.OfflinePlanner;
import com.shopsight.agent.semantic.SemanticModel;
import com.shopsight.tools.gate.GateConfig;
import com.shopsight.tools.gate.Rows;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.schema.SchemaDoc;
import com.shopsight.tools.schema.SchemaDocJson;
import com.shopsight.tools.testing.TinyDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The LLM agent's surroundings for a test: a private copy of the tiny dataset behind a real
 * gate (with its audit log), the H&M semantic model and schema doc, a conversation store in a
 * scratch folder, the offline planner as the fallback, and the repository's prompts.
 */
final class LlmFixture implements AutoCloseable {
    static final Path ROOT = Path.of(System.getProperty("shopsight.repo.root", ".."));

    final Path folder;
    final Path database;
    final Path audit;
    final SqlGate gate;
    final SemanticModel model;
    final SchemaDoc doc;
    final ConversationStore store;
    final OfflinePlanner planner;
    final Prompts prompts = Prompts.from(ROOT.resolve("prompts"));
    private final List<LlmAgent> agents = new ArrayList<>();

    LlmFixture() {
        this(db -> db);
    }

    /** A fixture whose database copy {@code change} may alter before the gate opens it. */
    LlmFixture(UnaryOperator<Path> change) {
        try {
            folder = Files.createTempDirectory("llm-test");
            doc = SchemaDocJson.read(Files.readString(ROOT.resolve("schema-docs").resolve("hm.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database = change.apply(TinyDataset.copyTo(folder));
        audit = folder.resolve("audit.jsonl");
        gate = SqlGate.open(database, GateConfig.forDatabase(database).withAuditLog(audit, 1 << 20));
        model = SemanticModel.load(ROOT.resolve("schema-docs").resolve("hm.semantic.yaml"));
        store = new ConversationStore(folder.resolve("conversations"));
        planner = OfflinePlanner.create(gate, model, Optional.empty(), store, NearestPhrase.NONE);
    }

    /** Test settings: no retries (each failure shows at once), short timeouts. */
    static LlmConfig config(ReplayServer server, boolean streaming) {
        return LlmConfig.at(server.baseUrl(), "test-key", ReplayServer.MODEL).withRetries(0).withStreaming(streaming)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(60));
    }

    LlmAgent agent(LlmConfig config) {
        LlmAgent agent = LlmAgent.create(config, gate, model, Optional.of(doc), store, prompts, planner, null);
        agents.add(agent);
        return agent;
    }

    /** Runs {@code sql} through the gate, for the figures a scripted answer quotes. */
    Rows rows(String sql) {
        return (Rows) gate.run(sql);
    }

    @Override
    public void close() {
        agents.forEach(LlmAgent::close);
        gate.close();
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.shopsight.web;

import com.shopsight.agent.Agent;
import com.shopsight.agent.OfflineAgent;
import com.shopsight.agent.SchemaDocs;
import com.shopsight.agent.conversation.ConversationStore;
import com.shopsight.agent.RoutingAgent;
import com.shopsight.agent.planner.PlannerOptions;
import com.shopsight.agent.semantic.SemanticModel;
import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.search.SearchTool;
import com.shopsight.web.http.Backend;
import com.shopsight.web.http.WebApp;
import com.shopsight.web.http.WebConfig;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * ShopSight's web server wired to a database: the gate, the offline planner over it, the
 * conversations, and the Javalin app. What `serve`, the load benchmark and the browser tests
 * start; closing it stops the server and then the gate.
 */
public final class WebServer implements AutoCloseable {
    /** How many example questions an empty conversation offers. */
    static final int EXAMPLES = 8;

    private final SqlGate gate;
    private final Javalin app;
    private final Backend.ModeInfo mode;

    private WebServer(SqlGate gate, Javalin app, Backend.ModeInfo mode) {
        this.gate = gate;
        this.app = app;
        this.mode = mode;
    }

    /** Opens the data of {@code config} and starts serving as {@code web} says. */
    public static WebServer start(AppConfig config, WebConfig web) {
        return start(config, web, UnaryOperator.identity());
    }

    /**
     * The same, with the agent seen through {@code wrap}: for tests and benchmarks that slow it
     * down or count its answers.
     */
    public static WebServer start(AppConfig config, WebConfig web, UnaryOperator<Agent> wrap) {
        Path database = config.data().database();
        SqlGate gate = SqlGate.open(database, config.gate().config(database));
        try {
            SchemaDocs docs = config.data().docs();
            SemanticModel model = docs.semanticModel();
            ConversationStore store = new ConversationStore(config.data().conversations());
            // One product search for the planner and /api/search: the catalogue is embedded in
            // the background on the first search, and searched by words until then.
            Supplier<SearchTool> search = searchOnFirstUse(gate, database);
            PlannerOptions options = OfflineAgent.options(database).withSearch(ignored -> search.get());
            // The planner, and the LLM agent when one is configured, over the server's own gate.
            RoutingAgent agent = RoutingAgent.over(gate, database, docs, store, options,
                    config.llm().settings(), config.llm().prompts());
            List<String> examples = model.examples().stream().limit(EXAMPLES).toList();
            Backend backend = new Backend(wrap.apply(agent), gate, store, schemaMarkdown(config.data().schemaDocs()),
                    new Backend.ModeInfo(agent.llmModel()), examples, database.toAbsolutePath().resolveSibling("reports"),
                    search);
            return start(backend, web, gate);
        } catch (RuntimeException e) {
            gate.close();
            throw e;
        }
    }

    /**
     * One product search for the server, built by the first request that needs it: building
     * reads the whole catalogue, and its embeddings are then computed (or read from their
     * cache) in the background while search answers by words.
     */
    static Supplier<SearchTool> searchOnFirstUse(SqlGate gate, Path database) {
        return new Supplier<>() {
            private SearchTool tool;

            @Override
            public synchronized SearchTool get() {
                if (tool == null) {
                    tool = new SearchTool(gate, SearchTool.Embeddings.BACKGROUND, SearchTool.cacheFor(database));
                }
                return tool;
            }
        };
    }

    /** Starts serving {@code backend}; closing the server closes {@code gate} too. */
    public static WebServer start(Backend backend, WebConfig web, SqlGate gate) {
        Javalin app = WebApp.create(web, backend).start();
        return new WebServer(gate, app, backend.mode());
    }

    /** Which agent answers: the offline planner, or an LLM with the planner as its fallback. */
    public Backend.ModeInfo mode() {
        return mode;
    }

    /** The port it listens on (the real one when the configuration asked for any free port). */
    public int port() {
        return app.port();
    }

    /** The schema doc `learn` wrote beside the semantic model, else the copy bundled in the jar. */
    static String schemaMarkdown(Path folder) {
        Path local = folder.resolve("hm.md");
        try {
            if (Files.isRegularFile(local)) {
                return Files.readString(local);
            }
            try (InputStream in = WebServer.class.getResourceAsStream("/com/shopsight/web/schema-docs/hm.md")) {
                if (in == null) {
                    throw new ShopSightException("No schema doc at " + local + " and none bundled: run `shopsight learn`.");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new ShopSightException("Cannot read the schema doc " + local + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            gate.close();
        }
    }
}

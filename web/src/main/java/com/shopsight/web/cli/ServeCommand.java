package com.shopsight.web.cli;

import com.shopsight.tools.data.GenerationReport;
import com.shopsight.tools.data.Scale;
import com.shopsight.tools.data.SyntheticGenerator;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.schema.SchemaDoc;
import com.shopsight.tools.schema.SchemaDocFiles;
import com.shopsight.tools.schema.SchemaLearner;
import com.shopsight.web.AppConfig;
import com.shopsight.web.WebServer;
import com.shopsight.web.http.WebConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shopsight serve`: the chat page and the REST API; on first start it makes the default dataset. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serve the chat page and the REST API on http://HOST:PORT.",
            "With no database at --db it first generates the small synthetic dataset and learns its",
            "schema doc (about half a minute), then serves.",
            "SHOPSIGHT_API_TOKEN protects the page and the API with a token (do set it with --host 0.0.0.0);",
            "SHOPSIGHT_RATE_LIMIT sets the API requests one client may make a minute (default 120, 0 for none).",
            "SLACK_SIGNING_SECRET (and SLACK_BOT_TOKEN for mentions) turns on Slack at /slack/commands and /slack/events;",
            "SHOPSIGHT_PUBLIC_URL is where people reach the server, for links to answers;",
            "SHOPSIGHT_WEBHOOK_SECRET turns on POST /api/webhook, posting answers only to SHOPSIGHT_WEBHOOK_CALLBACK_HOSTS."
        })
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    ShopSightCli parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "7070", description = "The port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every network).")
    String host;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        AppConfig config = AppConfig.from(System.getenv(), parent.db);
        WebConfig web = WebConfig.from(System.getenv(), host, port);
        if (!Files.exists(parent.db)) {
            firstStart(parent.db, Scale.SMALL, config.data().schemaDocs(), out);
        }
        if (!web.loopbackOnly() && web.apiToken() == null) {
            out.println("warning: listening on " + host + " without SHOPSIGHT_API_TOKEN: anyone who can reach this machine"
                    + " can use the page and the API.");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        WebServer server = WebServer.start(config, web);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "shopsight-stop"));
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        out.printf(Locale.ROOT, "ShopSight is serving %s on http://%s:%d/ (%s%s). Ctrl+C stops it.%n",
                parent.db, shown.equals("127.0.0.1") ? "localhost" : shown, server.port(),
                server.mode().llm() ? "LLM " + server.mode().llmModel() + ", offline planner as fallback" : "offline planner",
                web.apiToken() != null ? ", token required" : "");
        web.hooks().status().forEach(out::println);
        out.flush();
        stopped.await();
        return 0;
    }

    /** No database yet: make the default one and its schema doc, saying what happens as it happens. */
    static void firstStart(Path db, Scale scale, Path schemaDocs, PrintWriter out) {
        out.println("No database at " + db + ": generating the " + scale.label() + " synthetic H&M dataset (first start only)...");
        out.flush();
        GenerationReport r = SyntheticGenerator.generate(db, scale, 42, TerminalProgress.forConsole());
        out.printf(Locale.ROOT, "Generated %,d articles, %,d customers, %,d transactions in %.1f s.%n", r.articles(),
                r.customers(), r.transactions(), r.millis() / 1000.0);
        out.println("Learning its schema doc...");
        out.flush();
        long start = System.nanoTime();
        SchemaDoc doc;
        try (Connection conn = DuckDb.openReadOnly(db)) {
            doc = new SchemaLearner().learn(conn, "hm", TerminalProgress.forConsole());
        } catch (java.sql.SQLException e) {
            throw new com.shopsight.tools.ShopSightException("Cannot learn " + db + ": " + e.getMessage(), e);
        }
        SchemaDocFiles.Written written = SchemaDocFiles.write(doc, schemaDocs);
        out.println(LearnCommand.summary(doc, (System.nanoTime() - start) / 1e9) + " Wrote " + written.markdown() + ".");
        out.flush();
    }
}

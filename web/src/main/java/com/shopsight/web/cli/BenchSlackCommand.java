package com.shopsight.web.cli;

import com.shopsight.agent.Agent;
import com.shopsight.agent.Question;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.AnswerListener;
import com.shopsight.agent.llm.LlmConfig;
import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.web.AppConfig;
import com.shopsight.web.WebServer;
import com.shopsight.web.http.WebConfig;
import com.shopsight.web.slack.HooksConfig;
import com.slack.api.app_backend.SlackSignature;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * `shopsight bench slack`: how fast the slash command is acknowledged while answers are being
 * worked on, which Slack needs within 3 s. Rounds of concurrent signed commands go to a running
 * server, first with a slow stand-in agent (the acknowledgement path alone), then with the
 * offline planner (acknowledgements while real answers compete for the CPU).
 */
@Command(name = "slack", mixinStandardHelpOptions = true,
        description = {"Start the server on --db with Slack on (a random signing secret, response_url pointing at a local",
            "receiver), and send --rounds rounds of --concurrent slash commands at once, signed as Slack signs them.",
            "Prints the acknowledgement latency (median, p95, max) with a stand-in agent that takes --agent-ms per answer,",
            "then with the offline planner, with how long its answers took to reach the response_url."})
final class BenchSlackCommand implements Runnable {
    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--concurrent", defaultValue = "20", description = "Slash commands sent at once (default: ${DEFAULT-VALUE}).")
    int concurrent;

    @Option(names = "--rounds", defaultValue = "5", description = "How many times to send them (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--agent-ms", defaultValue = "2000",
            description = "How long the stand-in agent takes per answer, in ms (default: ${DEFAULT-VALUE}).")
    int agentMillis;

    @Override
    public void run() {
        if (concurrent < 1 || concurrent > 200 || rounds < 1 || rounds > 100 || agentMillis < 0 || agentMillis > 60_000) {
            throw new InputRejectedException("--concurrent must be 1 to 200, --rounds 1 to 100 and --agent-ms 0 to 60000.");
        }
        Path db = bench.parent.db;
        DuckDb.requireExists(db);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Slack acknowledgements: %d round%s of %d signed slash commands at once, on %s%n", rounds,
                rounds == 1 ? "" : "s", concurrent, db);
        out.flush();
        SlackLoad.Result slow = measure(db, agent -> new DelayedAgent(agent, agentMillis), false);
        out.printf(Locale.ROOT, "stand-in agent (%,d ms an answer)%n", agentMillis);
        out.println("  acks      " + slow.acks());
        out.flush();
        SlackLoad.Result planner = measure(db, UnaryOperator.identity(), true);
        out.println("offline planner");
        out.println("  acks      " + planner.acks());
        out.println("  answers   " + planner.answers());
        boolean met = slow.allAckedWithin(3_000) && planner.allAckedWithin(3_000);
        out.println("verdict     " + (met ? "every acknowledgement within Slack's 3 s" : "MISSED Slack's 3 s for some acknowledgements"));
        out.flush();
    }

    private SlackLoad.Result measure(Path db, UnaryOperator<Agent> wrap, boolean awaitAnswers) {
        Path scratch = Scratch.create("shopsight-bench-slack");
        String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        try (ResponseUrlReceiver receiver = ResponseUrlReceiver.start()) {
            AppConfig env = AppConfig.from(System.getenv(), db);
            // No LLM, whatever the environment says: the figures are the offline planner's.
            AppConfig config = new AppConfig(new AppConfig.Data(db, env.data().schemaDocs(), scratch), env.gate(),
                    new AppConfig.Llm(LlmConfig.none(), env.llm().prompts()));
            HooksConfig hooks = HooksConfig.OFF.withSlack(new HooksConfig.Slack(secret, null, HooksConfig.SLACK_API, receiver.base(),
                    null));
            try (WebServer server = WebServer.start(config, WebConfig.local().withHooks(hooks), wrap)) {
                SlackLoad load = new SlackLoad(URI.create("http://127.0.0.1:" + server.port() + "/slack/commands"),
                        new SlackSignature.Generator(secret), receiver, BenchLoadTestCommand.QUESTIONS);
                return load.run(rounds, concurrent, awaitAnswers);
            }
        } finally {
            Scratch.delete(scratch);
        }
    }

    /** The real agent, made to take {@code millis} per answer: the time an LLM might take. */
    record DelayedAgent(Agent agent, long millis) implements Agent {
        @Override
        public Answer ask(Question question, AnswerListener listener) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ShopSightException("The stand-in agent was stopped", e);
            }
            return agent.ask(question, listener);
        }
    }
}

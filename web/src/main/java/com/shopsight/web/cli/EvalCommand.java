package com.shopsight.web.cli;

import com.shopsight.agent.Agent;
import com.shopsight.agent.Question;
import com.shopsight.agent.eval.EvalReports;
import com.shopsight.agent.eval.EvalRun;
import com.shopsight.agent.eval.GoldenSuite;
import com.shopsight.agent.eval.PreparedSuite;
import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.progress.Progress;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shopsight eval`: scores an agent on the golden questions and writes the reports. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Ask every golden question of a suite, score the answers against the gold SQL's results"
                    + " (execution match, strict and lenient) and the tool checks, print the scores by"
                    + " category, and write JSON, JUnit XML and HTML reports.",
        },
        footer = {
            "",
            "Examples:",
            "  shopsight eval",
            "  shopsight eval --only ranking",
            "  shopsight --db data/real.duckdb eval --mode llm --fail-under 80",
        })
final class EvalCommand implements Callable<Integer> {
    private final AgentOpener opener;

    @ParentCommand
    ShopSightCli parent;

    @Spec
    CommandSpec spec;

    /** Where the suite is when --suite is not given; the jar's copy stands in when it is missing. */
    static final Path DEFAULT_SUITE = Path.of("schema-docs", "hm.golden.yaml");

    @Option(names = "--suite", paramLabel = "FILE",
            description = "The golden questions (default: schema-docs/hm.golden.yaml, else the copy in the jar).")
    Path suite;

    @Option(names = "--mode", paramLabel = "offline|llm", defaultValue = "offline", converter = ModeConverter.class,
            description = "Which agent answers: the offline planner or the LLM agent (default: ${DEFAULT-VALUE}).")
    Question.ModeChoice mode;

    @Option(names = "--only", paramLabel = "CATEGORY", description = "Ask only the questions of this category.")
    String only;

    @Option(names = "--reports", paramLabel = "DIR",
            description = "Where the report folders go (default: reports beside --db).")
    Path reports;

    @Option(names = "--fail-under", paramLabel = "PERCENT",
            description = "Exit with code 1 when the strict score is below this percentage.")
    Double failUnder;

    EvalCommand() {
        this(AgentOpener.PRODUCT);
    }

    EvalCommand(AgentOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() throws Exception {
        GoldenSuite questions;
        if (suite != null) {
            if (!Files.isRegularFile(suite)) {
                throw new InputRejectedException("No golden suite at " + suite + " (give one with --suite FILE)");
            }
            questions = GoldenSuite.load(suite);
        } else {
            questions = Files.isRegularFile(DEFAULT_SUITE) ? GoldenSuite.load(DEFAULT_SUITE) : GoldenSuite.bundled("hm");
        }
        if (only != null) {
            try {
                questions = questions.only(only);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
            }
        }
        Progress progress = TerminalProgress.forConsole();
        EvalRun run;
        // The gold queries run first on a connection of our own, closed before the agent opens
        // the database: DuckDB will not open one file twice in a process with different settings.
        // Conversations of the run are its own, kept apart from the user's and removed after.
        Path conversations = Files.createTempDirectory("shopsight-eval-conversations");
        try (PreparedSuite prepared = prepare(questions, progress)) {
            Agent agent = opener.open(parent.db, mode, conversations);
            try {
                run = prepared.run(agent, mode, progress);
            } finally {
                if (agent instanceof AutoCloseable closeable) {
                    closeable.close();
                }
            }
        } finally {
            deleteTree(conversations);
        }
        Path folder = EvalReports.write(run, reports != null ? reports : EvalReports.defaultRoot(parent.db));
        PrintWriter out = spec.commandLine().getOut();
        EvalPrinter.print(run, out);
        out.println("Reports: " + folder.resolve(EvalReports.HTML) + " (and " + EvalReports.JSON + ", " + EvalReports.JUNIT
                + " beside it)");
        out.flush();
        double strict = run.summary().overall().strictShare() * 100;
        if (failUnder != null && strict < failUnder) {
            spec.commandLine().getErr().printf(java.util.Locale.ROOT, "error: strict score %.1f %% is below %.1f %%%n",
                    strict, failUnder);
            return ShopSightCli.EXIT_FAILED;
        }
        return 0;
    }

    private PreparedSuite prepare(GoldenSuite questions, Progress progress) {
        try (Connection conn = DuckDb.openReadOnly(parent.db)) {
            return PreparedSuite.prepare(questions, conn, progress);
        } catch (SQLException e) {
            throw new ShopSightException("Cannot close " + parent.db + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Reads offline|llm; AUTO is left out on purpose: a score must say which agent earned it. */
    static final class ModeConverter implements CommandLine.ITypeConverter<Question.ModeChoice> {
        @Override
        public Question.ModeChoice convert(String value) {
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "offline" -> Question.ModeChoice.OFFLINE;
                case "llm" -> Question.ModeChoice.LLM;
                default -> throw new CommandLine.TypeConversionException("expected offline or llm, not '" + value + "'");
            };
        }
    }
}

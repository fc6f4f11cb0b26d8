package com.shopsight.web.cli;

import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.db.DatabaseMissingException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The `shopsight` command line: one front door to every command of the product. */
@Command(
        name = "shopsight",
        mixinStandardHelpOptions = true,
        versionProvider = ShopSightCli.Version.class,
        description = "Natural-language analytics over the H&M fashion dataset.",
        subcommands = {
            GenerateCommand.class,
            LoadCommand.class,
            LearnCommand.class,
            StatsCommand.class,
            SqlCommand.class,
            ToolCommand.class,
            AskCommand.class,
            ServeCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:failed (the message says why)",
            "2:wrong usage (unknown command or option, bad value)",
            "3:no database at --db (the message says how to make one)",
            "4:the input was rejected (bad file, bad SQL, bad question)"
        })
public final class ShopSightCli implements Runnable {
    static final int EXIT_FAILED = 1;
    static final int EXIT_NO_DATABASE = 3;
    static final int EXIT_REJECTED = 4;

    @Option(
            names = "--db",
            scope = ScopeType.INHERIT,
            paramLabel = "PATH",
            defaultValue = "data/shopsight.duckdb",
            description = "The DuckDB database to use (default: ${DEFAULT-VALUE}).")
    Path db;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, so tests run the same thing `main` does. */
    public static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /** The configured command line with commands made by {@code factory} (tests hand commands their agent). */
    static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine cl = new CommandLine(new ShopSightCli(), factory);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + ex.getMessage());
            if (ex instanceof DatabaseMissingException) {
                return EXIT_NO_DATABASE;
            }
            if (ex instanceof InputRejectedException) {
                return EXIT_REJECTED;
            }
            if (!(ex instanceof ShopSightException) && !(ex instanceof IllegalArgumentException)) {
                // An unexpected bug: the trace is for the person who reports it.
                ex.printStackTrace(commandLine.getErr());
            }
            return EXIT_FAILED;
        });
        return cl;
    }

    /** The version from the jar manifest, or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ShopSightCli.class.getPackage().getImplementationVersion();
            return new String[] {"shopsight " + (v == null ? "dev" : v)};
        }
    }
}

package com.shopsight.web.cli;

import com.shopsight.tools.data.GenerationReport;
import com.shopsight.tools.data.Scale;
import com.shopsight.tools.data.SyntheticGenerator;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `shopsight generate`: writes a synthetic H&M dataset to --db. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Write a synthetic H&M dataset (articles, customers, transactions) to --db.",
            "The same scale and seed always give identical tables; the previous database is",
            "replaced only when the new one is complete."
        })
final class GenerateCommand implements Runnable {
    @ParentCommand
    ShopSightCli parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--scale", defaultValue = "small", paramLabel = "tiny|small|full",
            converter = ScaleConverter.class,
            description = "tiny (1k articles, 5k customers, 100k rows), small (10k, 100k, 2M; the default),"
                    + " or full (the real dataset's size: 105,542, 1,371,980, 31,788,324).")
    Scale scale;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public void run() {
        GenerationReport r = SyntheticGenerator.generate(parent.db, scale, seed, TerminalProgress.forConsole());
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Generated %s scale (seed %d) in %.1f s: %,d articles, %,d customers, %,d transactions -> %s%n",
                scale.label(), seed, r.millis() / 1000.0, r.articles(), r.customers(), r.transactions(), parent.db);
        out.flush();
    }

    /** Parses a scale name with a clear error for anything else. */
    static final class ScaleConverter implements picocli.CommandLine.ITypeConverter<Scale> {
        @Override
        public Scale convert(String value) {
            return Scale.parse(value);
        }
    }
}

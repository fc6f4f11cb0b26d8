package com.shopsight.web.cli;

import com.shopsight.tools.bench.Measurement;
import com.shopsight.tools.data.GenerationReport;
import com.shopsight.tools.data.Scale;
import com.shopsight.tools.data.SyntheticGenerator;
import com.shopsight.tools.progress.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `shopsight bench generate`: time, peak memory and file size of generating a scale. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a scale into a scratch file and print time, peak memory and database size.")
final class BenchGenerateCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--scale", defaultValue = "small", converter = GenerateCommand.ScaleConverter.class,
            description = "tiny, small (default) or full.")
    Scale scale;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to write the scratch database (default: a temp folder).")
    Path dir;

    @Override
    public void run() {
        try {
            Path folder = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("shopsight-bench");
            Path db = folder.resolve("bench-" + scale.label() + ".duckdb");
            Measurement.Measured<GenerationReport> m = Measurement.of("generate " + scale.label(),
                    () -> SyntheticGenerator.generate(db, scale, seed, Progress.NONE));
            PrintWriter out = spec.commandLine().getOut();
            out.println(m.measurement().line());
            out.printf(Locale.ROOT, "rows: %,d articles, %,d customers, %,d transactions; database %,.1f MiB at %s%n",
                    m.value().articles(), m.value().customers(), m.value().transactions(),
                    Files.size(db) / 1048576.0, db);
            out.flush();
        } catch (IOException e) {
            throw new com.shopsight.tools.ShopSightException("Cannot write the benchmark database: " + e.getMessage(), e);
        }
    }
}

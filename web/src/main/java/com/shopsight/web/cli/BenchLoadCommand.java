package com.shopsight.web.cli;

import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.bench.Measurement;
import com.shopsight.tools.data.HmLoader;
import com.shopsight.tools.data.LoadRequest;
import com.shopsight.tools.data.LoadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `shopsight bench load --from PATH`: times a load and reports its peak memory, without touching --db. */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = "Load the H&M files at PATH into a temporary database (deleted afterwards; --db is not"
                + " touched) and print the time, peak memory, rows and database size.")
final class BenchLoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "PATH", description = "A folder (or remote prefix) with the H&M files.")
    String from;

    @Override
    public Integer call() throws IOException {
        Path scratch = Files.createTempDirectory("shopsight-bench-load");
        try {
            Path db = scratch.resolve("bench.duckdb");
            Measurement.Measured<LoadResult> measured = Measurement.of("load " + from,
                    () -> new HmLoader(TerminalProgress.forConsole()).load(new LoadRequest(from, db)));
            if (measured.value() instanceof LoadResult.Rejected rejected) {
                throw new InputRejectedException(rejected.message());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(measured.measurement().line());
            ((LoadResult.Loaded) measured.value()).report().lines().forEach(out::println);
            out.println(String.format(Locale.ROOT, "  database file %,.1f MiB", Files.size(db) / 1048576.0));
            out.flush();
            return 0;
        } finally {
            deleteTree(scratch);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new ShopSightException("Cannot remove the benchmark's temporary database in " + root + ": " + e.getMessage(), e);
        }
    }
}

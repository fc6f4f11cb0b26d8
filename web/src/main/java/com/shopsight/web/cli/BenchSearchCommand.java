package com.shopsight.web.cli;

import com.shopsight.tools.bench.Measurement;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.gate.GateConfig;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.search.SearchParams;
import com.shopsight.tools.search.SearchResult;
import com.shopsight.tools.search.SearchTool;
import com.shopsight.tools.search.SemanticIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shopsight bench search`: index build, the one-time embedding step, and search latency. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Time of product search: index, embedding step and search latency.",
            "Reading and indexing the catalogue, the embedding step (all texts with --fresh, else what the cache beside the database lacks), and the latency of a dozen searches",
            "(aim over the full catalogue: under 200 ms)."})
final class BenchSearchCommand implements Runnable {
    static final List<String> QUERIES = List.of("Nike running shoes", "black summer dress", "red hoodie", "jeans", "bikini top",
            "cosy winter jumper", "sweatre", "baby socks", "women's blazer", "leather boots", "something for the beach", "xyzzy qwerty");

    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--fresh", description = "Embed every text into a new cache in a temp folder (the full one-time step).")
    boolean fresh;

    @Option(names = "--repeat", defaultValue = "5", description = "Timed runs of each search (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public void run() {
        DuckDb.requireExists(bench.parent.db);
        PrintWriter out = spec.commandLine().getOut();
        out.println("search benchmark on " + bench.parent.db.toAbsolutePath());
        Path scratch = fresh ? temp() : null;
        Path cache = fresh ? scratch.resolve("bench.embeddings.duckdb") : SearchTool.cacheFor(bench.parent.db);
        try (SqlGate gate = SqlGate.open(bench.parent.db, GateConfig.forDatabase(bench.parent.db).withAuditLog(null, 1024))) {
            Measurement.Measured<CpuClock.Timed<SearchTool>> words = Measurement.of("catalogue + word index",
                    () -> CpuClock.around(() -> new SearchTool(gate, SearchTool.Embeddings.OFF, null)));
            out.println(words.measurement().line() + "   " + words.value().cpu());
            out.flush();
            Measurement.Measured<CpuClock.Timed<SearchTool>> built = Measurement.of("catalogue + embeddings",
                    () -> CpuClock.around(() -> new SearchTool(gate, SearchTool.Embeddings.BUILD, cache)));
            out.println(built.measurement().line() + "   " + built.value().cpu());
            SemanticIndex.Status status = built.value().value().status();
            out.printf(Locale.ROOT, "  embedding step: %s in %.1f s; cache %s (%,.1f MiB)%n", status.message(), status.millis() / 1000.0,
                    cache, size(cache) / 1048576.0);
            latency(built.value().value(), out);
        } finally {
            if (scratch != null) {
                delete(scratch);
            }
        }
        out.flush();
    }

    private static void delete(Path folder) {
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new com.shopsight.tools.ShopSightException("Cannot remove the benchmark's cache " + folder + ": " + e.getMessage(), e);
        }
    }

    private void latency(SearchTool tool, PrintWriter out) {
        List<Double> all = new ArrayList<>();
        for (String q : QUERIES) {
            tool.run(SearchParams.of(q));
            double[] ms = new double[Math.max(1, repeat)];
            SearchResult last = null;
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                last = tool.run(SearchParams.of(q));
                ms[i] = (System.nanoTime() - t) / 1e6;
                all.add(ms[i]);
            }
            Arrays.sort(ms);
            String top = last instanceof SearchResult.Found f && !f.articles().isEmpty()
                    ? f.articles().get(0).productType() + " \"" + f.articles().get(0).name() + "\"" : "nothing found";
            out.printf(Locale.ROOT, "  %-26s median %6.1f ms  max %6.1f ms  first: %s%n", "\"" + q + "\"", ms[ms.length / 2], ms[ms.length - 1], top);
        }
        double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        out.printf(Locale.ROOT, "search latency over %d runs: median %.1f ms, p95 %.1f ms, max %.1f ms (aim < 200 ms)%n", sorted.length,
                sorted[sorted.length / 2], sorted[(int) Math.ceil(0.95 * sorted.length) - 1], sorted[sorted.length - 1]);
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory("shopsight-bench-search");
        } catch (IOException e) {
            throw new com.shopsight.tools.ShopSightException("Cannot create a temp folder: " + e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}

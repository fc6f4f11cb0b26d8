package com.shopsight.web.cli;

import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.bench.Measurement;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.web.AppConfig;
import com.shopsight.web.WebServer;
import com.shopsight.web.http.WebConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * `shopsight bench load-test`: many clients asking offline questions over HTTP at once, the way
 * a team uses one server; prints throughput, latency percentiles, errors and peak memory.
 */
@Command(name = "load-test", mixinStandardHelpOptions = true,
        description = {"Start the server on --db (on a free loopback port, no rate limit, conversations in a scratch folder),",
            "then let --clients clients ask offline questions through POST /api/ask for --seconds seconds.",
            "Prints throughput, median and 99th-percentile latency, errors and the peak memory of the process",
            "(the server and the clients share it; the clients' part is small). Aim at small scale: zero errors,",
            "p99 under 1 s."})
final class BenchLoadTestCommand implements Runnable {
    /** Questions the offline planner answers, of every kind it knows: rankings, shares, series, comparisons. */
    static final List<String> QUESTIONS = BenchPlannerCommand.QUESTIONS.stream().filter(q -> !q.startsWith(">")).toList();

    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--clients", defaultValue = "50", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "How long to measure (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--no-cache", description = "Answer every question afresh: no reuse of first-question answers.")
    boolean noCache;

    @Option(names = "--warm-up", defaultValue = "5", description = "Seconds of load before measuring (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Override
    public void run() {
        if (clients < 1 || clients > 1_000 || seconds < 1 || seconds > 3_600 || warmUp < 0 || warmUp > 600) {
            throw new InputRejectedException("--clients must be 1 to 1000, --seconds 1 to 3600 and --warm-up 0 to 600.");
        }
        Path db = bench.parent.db;
        DuckDb.requireExists(db);
        PrintWriter out = spec.commandLine().getOut();
        Path scratch = scratch();
        AppConfig env = AppConfig.from(System.getenv(), db);
        // Offline questions only: the load test measures the server and the planner, never an LLM.
        AppConfig config = new AppConfig(new AppConfig.Data(db, env.data().schemaDocs(), scratch), env.gate(),
                new AppConfig.Llm(com.shopsight.agent.llm.LlmConfig.none(), env.llm().prompts()));
        try (WebServer server = WebServer.start(config, WebConfig.local().withAnswerCache(noCache ? 0 : WebConfig.DEFAULT_ANSWER_CACHE))) {
            URI ask = URI.create("http://127.0.0.1:" + server.port() + "/api/ask");
            out.printf(Locale.ROOT, "Load test: %d clients asking %d offline questions in turn, %d s after a %d s warm-up, on %s%s%n",
                    clients, QUESTIONS.size(), seconds, warmUp, db, noCache ? " (no answer reuse)" : "");
            out.flush();
            if (warmUp > 0) {
                load(ask, Duration.ofSeconds(warmUp));
            }
            Measurement.Measured<Result> run = Measurement.of("load-test", () -> load(ask, Duration.ofSeconds(seconds)));
            print(run.value(), run.measurement(), out);
        } finally {
            delete(scratch);
        }
        out.flush();
    }

    private Result load(URI ask, Duration length) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + length.toNanos();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> client(http, ask, client, end, errors)));
        }
        List<Long> latencies = new ArrayList<>();
        try {
            for (Future<long[]> f : futures) {
                for (long ns : f.get()) {
                    latencies.add(ns);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShopSightException("The load test was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new ShopSightException("A load-test client failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Long> errorCounts = new TreeMap<>();
        errors.forEach((k, v) -> errorCounts.put(k, v.get()));
        return new Result(sorted, elapsed, errorCounts);
    }

    /** One client: asks question after question until {@code end}; returns its latencies in nanoseconds. */
    private static long[] client(HttpClient http, URI ask, int client, long end, Map<String, AtomicLong> errors) {
        long[] latencies = new long[1024];
        int n = 0;
        for (int i = client; System.nanoTime() < end; i++) {
            String question = QUESTIONS.get(i % QUESTIONS.size());
            String body = "{\"question\": \"" + question.replace("\\", "\\\\").replace("\"", "\\\"") + "\", \"mode\": \"offline\"}";
            HttpRequest request = HttpRequest.newBuilder(ask).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    errors.computeIfAbsent("HTTP " + response.statusCode(), k -> new AtomicLong()).incrementAndGet();
                    continue;
                }
            } catch (IOException e) {
                // Counted and reported, not hidden: a refused or dropped connection is an error of the run.
                errors.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = System.nanoTime() - t0;
        }
        return Arrays.copyOf(latencies, n);
    }

    private void print(Result r, Measurement m, PrintWriter out) {
        long errorTotal = r.errors().values().stream().mapToLong(Long::longValue).sum();
        out.printf(Locale.ROOT, "requests    %,d answered in %.1f s: %.1f answers/s%n", r.latencies().length, r.seconds(),
                r.latencies().length / r.seconds());
        out.printf(Locale.ROOT, "errors      %,d%s%n", errorTotal, r.errors().isEmpty() ? "" : " " + r.errors());
        out.printf(Locale.ROOT, "latency     median %s, p90 %s, p99 %s, max %s%n", ms(r.percentile(50)), ms(r.percentile(90)),
                ms(r.percentile(99)), ms(r.percentile(100)));
        out.printf(Locale.ROOT, "memory      peak RSS %s, peak heap %s (server and clients in one process)%n",
                mib(m.peakRssBytes()), mib(m.peakHeapBytes()));
        out.printf(Locale.ROOT, "verdict     %s%n", errorTotal == 0 && r.percentile(99) < 1e9 ? "zero errors, p99 under 1 s"
                : "MISSED the aim (zero errors, p99 under 1 s)");
    }

    private static String ms(double nanos) {
        return String.format(Locale.ROOT, "%,.0f ms", nanos / 1e6);
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,.0f MiB", bytes / 1048576.0);
    }

    private static Path scratch() {
        try {
            return Files.createTempDirectory("shopsight-load-test");
        } catch (IOException e) {
            throw new ShopSightException("Cannot create a scratch folder: " + e.getMessage(), e);
        }
    }

    private static void delete(Path folder) {
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new ShopSightException("Cannot remove the scratch folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Latencies (sorted, ns), the measured seconds, and errors by kind. */
    record Result(long[] latencies, double seconds, Map<String, Long> errors) {
        double percentile(int p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(latencies.length - 1, index))];
        }
    }
}

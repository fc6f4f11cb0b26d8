package com.shopsight.web.cli;

import com.shopsight.agent.OfflineAgent;
import com.shopsight.agent.Question;
import com.shopsight.agent.answer.Answer;
import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.web.AppConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shopsight bench planner`: the offline planner's answer latency over a fixed list of varied questions. */
@Command(name = "planner", mixinStandardHelpOptions = true,
        description = {"Answer a fixed list of varied questions with the offline planner on --db and print the",
            "answer latency (median and 95th percentile; aim: under 150 ms median at small scale)."})
final class BenchPlannerCommand implements Runnable {
    /** Rankings, KPIs, breakdowns, shares, series, comparisons, refusals, misspellings and follow-ups. */
    static final List<String> QUESTIONS = List.of(
            "top 5 colours by revenue",
            "products popular with young customers",
            "how many club members",
            "revenue by index group",
            "what share of sales is online",
            "weekly sales of trousers over the last 12 weeks",
            "monthly revenue in 2019",
            "online vs in store",
            "this year vs last year",
            "dresses vs skirts",
            "top 10 product types by units sold",
            "> why?",
            "> top 20 instead",
            "> and only online?",
            "best selling products among teenagers in summer 2019",
            "which product types grew the most",
            "online vs in store revenue by month in 2020",
            "average price of sneakers by channel",
            "what percentage of revenue comes from young customers in 2019",
            "revenue for dresses last month",
            "> what about sweaters?",
            "units sold by age band",
            "top 3 sections for customers aged 25 to 34 since june 2020",
            "daily sales last 2 weeks",
            "bottom 5 departments by revenue this year",
            "weekly sales of trousres",
            "delete all transactions",
            "flibbertigibbet revenue",
            "forecast Trousers for the next 4 weeks",
            "how many customers bought trousers last week");

    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds over the list (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--each", description = "Also print each question's median latency, slowest first.")
    boolean each;

    @Override
    public void run() {
        Path db = bench.parent.db;
        DuckDb.requireExists(db);
        PrintWriter out = spec.commandLine().getOut();
        Path conversations = scratch();
        AppConfig config = AppConfig.from(System.getenv(), db);
        long start = System.nanoTime();
        try (OfflineAgent agent = OfflineAgent.open(db, config.data().docs(), config.gate().config(db), conversations,
                OfflineAgent.options(db))) {
            double startup = (System.nanoTime() - start) / 1e6;
            round(agent, null);
            List<Double> times = new ArrayList<>();
            List<String> slowest = new ArrayList<>(List.of("", "0"));
            Map<String, List<Double>> byQuestion = new LinkedHashMap<>();
            for (int r = 0; r < Math.max(1, rounds); r++) {
                round(agent, (question, ms) -> {
                    times.add(ms);
                    byQuestion.computeIfAbsent(question, k -> new ArrayList<>()).add(ms);
                    if (ms > Double.parseDouble(slowest.get(1))) {
                        slowest.set(0, question);
                        slowest.set(1, Double.toString(ms));
                    }
                });
            }
            times.sort(Comparator.naturalOrder());
            out.printf(Locale.ROOT, "planner benchmark on %s: %d questions x %d rounds after a warm-up round%n",
                    db.toAbsolutePath(), QUESTIONS.size(), Math.max(1, rounds));
            out.printf(Locale.ROOT, "start-up (gate, values, lexicon)  %8.1f ms%n", startup);
            out.printf(Locale.ROOT, "answer latency                    median %.1f ms   p95 %.1f ms   max %.1f ms   (aim: median < 150 ms)%n",
                    percentile(times, 50), percentile(times, 95), times.get(times.size() - 1));
            out.printf(Locale.ROOT, "slowest question                  \"%s\"%n", slowest.get(0));
            if (each) {
                printEach(out, byQuestion);
            }
            out.flush();
        } finally {
            delete(conversations);
        }
    }

    /** Hears one timed answer. */
    private interface Timing {
        void answered(String question, double ms);
    }

    private static void round(OfflineAgent agent, Timing timing) {
        String conversation = null;
        for (String q : QUESTIONS) {
            boolean followUp = q.startsWith(">");
            String text = followUp ? q.substring(1).strip() : q;
            long t = System.nanoTime();
            Answer a = agent.ask(new Question(text, followUp ? conversation : null, Question.ModeChoice.OFFLINE, "bench"));
            double ms = (System.nanoTime() - t) / 1e6;
            conversation = a.conversationId();
            if (timing != null) {
                timing.answered(text, ms);
            }
        }
    }

    private static void printEach(PrintWriter out, Map<String, List<Double>> byQuestion) {
        out.println("median per question, slowest first:");
        byQuestion.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), percentile(e.getValue().stream().sorted().toList(), 50)))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> out.printf(Locale.ROOT, "  %8.1f ms  %s%n", e.getValue(), e.getKey()));
    }

    static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static Path scratch() {
        try {
            return Files.createTempDirectory("shopsight-bench-conversations");
        } catch (IOException e) {
            throw new ShopSightException("Cannot create a scratch folder: " + e.getMessage(), e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new ShopSightException("Cannot remove " + folder + ": " + e.getMessage(), e);
        }
    }
}

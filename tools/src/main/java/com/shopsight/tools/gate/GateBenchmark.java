package com.shopsight.tools.gate;

import com.shopsight.tools.ShopSightException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Measures what the gate adds to plain JDBC: the time of {@code check} on typical queries, and
 * {@code run} against the same SQL executed and read on the same kind of connection (same
 * database instance and settings) with no checks, row cap, conversion or audit. Figures are
 * medians of interleaved runs after a warm-up, so drift hits both sides alike.
 */
public final class GateBenchmark {
    /** Typical analytic queries, for the cost of checking. */
    static final List<String> QUERIES = List.of(
            "SELECT count(*) FROM articles",
            "SELECT product_type_name, count(*) AS units FROM transactions t JOIN articles a USING (article_id) "
                    + "GROUP BY ALL ORDER BY units DESC LIMIT 10",
            "WITH today AS (SELECT max(t_dat) AS d FROM transactions) SELECT date_trunc('week', t_dat) AS week, "
                    + "sum(price) AS revenue FROM transactions, today WHERE t_dat > today.d - INTERVAL 12 WEEK GROUP BY 1 ORDER BY 1",
            "SELECT c.age, a.index_group_name, count(*) AS units FROM transactions t JOIN customers c USING (customer_id) "
                    + "JOIN articles a USING (article_id) WHERE c.age < 25 GROUP BY c.age, a.index_group_name QUALIFY row_number() "
                    + "OVER (PARTITION BY c.age ORDER BY count(*) DESC) <= 3 ORDER BY ALL",
            "FROM articles SELECT product_group_name, count(*) AS n GROUP BY ALL ORDER BY n DESC",
            "SELECT quantile_cont(price, [0.25, 0.5, 0.75]) AS q, avg(price) FILTER (WHERE sales_channel_id = 2) AS online "
                    + "FROM transactions");

    /** Rounds of checking every query before anything is timed. */
    static final int WARM_UP = 300;

    /** Heavier queries; the one whose plain time is nearest 100 ms is used for the overhead. */
    static final List<String> HEAVY = List.of(
            "SELECT a.product_type_name, count(DISTINCT t.customer_id) AS buyers FROM transactions t "
                    + "JOIN articles a USING (article_id) WHERE t.t_dat >= DATE '2020-06-01' GROUP BY 1 ORDER BY 2 DESC LIMIT 20",
            "SELECT a.product_type_name, count(DISTINCT t.customer_id) AS buyers, sum(price) AS revenue FROM transactions t "
                    + "JOIN articles a USING (article_id) GROUP BY 1 ORDER BY 2 DESC LIMIT 20",
            "SELECT customer_id, count(*) AS units, sum(price) AS spent, count(DISTINCT article_id) AS articles "
                    + "FROM transactions GROUP BY 1 ORDER BY spent DESC LIMIT 50",
            "SELECT x.article_id, y.article_id, count(*) AS baskets FROM transactions x JOIN transactions y "
                    + "ON x.customer_id = y.customer_id AND x.t_dat = y.t_dat AND x.article_id < y.article_id "
                    + "GROUP BY ALL ORDER BY baskets DESC LIMIT 20");

    /** The cost of checking one query. */
    public record CheckFigure(String sql, double meanMs, double p50Ms, double p95Ms) {
        public String line() {
            return String.format(Locale.ROOT, "check  %6.2f ms mean  %6.2f ms p50  %6.2f ms p95   %s", meanMs, p50Ms, p95Ms, shorten(sql));
        }
    }

    /**
     * One query run plainly and through the gate: medians of each, and the median of the
     * paired differences (each gate run against the plain run beside it), which a loaded
     * machine's drift disturbs least.
     */
    public record RunFigure(String sql, double plainMs, double gateMs, double overheadMs) {
        public double overheadPercent() {
            return 100 * overheadMs() / plainMs;
        }

        public String line() {
            return String.format(Locale.ROOT, "run    plain %8.2f ms  gate %8.2f ms  overhead %+6.2f ms (%+5.1f %%)   %s",
                    plainMs, gateMs, overheadMs(), overheadPercent(), shorten(sql));
        }
    }

    /** Everything measured. */
    public record Report(List<CheckFigure> checks, List<RunFigure> runs, RunFigure heavy) {}

    private GateBenchmark() {}

    /**
     * Measures the gate on {@code database} with its default configuration (its audit log in a
     * scratch file, so the bench leaves the real one alone but still pays for writing it).
     * Lines go to {@code progress} as figures come in.
     */
    public static Report run(Path database, int iterations, Consumer<String> progress) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("shopsight-bench-gate");
        } catch (IOException e) {
            throw new ShopSightException("Cannot create a scratch folder: " + e.getMessage(), e);
        }
        GateConfig config = GateConfig.forDatabase(database).withAuditLog(scratch.resolve("audit.jsonl"), 64L * 1024 * 1024);
        try (SqlGate gate = SqlGate.open(database, config)) {
            // JSqlParser's generated parser and DuckDB's JNI paths need thousands of calls to be compiled.
            for (int i = 0; i < WARM_UP; i++) {
                for (String sql : QUERIES) {
                    requireAccepted(gate.check(sql), sql);
                }
            }
            List<CheckFigure> checks = new ArrayList<>();
            for (String sql : QUERIES) {
                double[] ms = new double[iterations];
                for (int i = 0; i < iterations; i++) {
                    long t = System.nanoTime();
                    gate.check(sql);
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
                CheckFigure f = new CheckFigure(sql, Arrays.stream(ms).average().orElse(0), percentile(ms, 50), percentile(ms, 95));
                checks.add(f);
                progress.accept(f.line());
            }
            List<RunFigure> runs = new ArrayList<>();
            for (String sql : QUERIES) {
                RunFigure f = compare(gate, sql, Math.max(11, iterations / 10));
                runs.add(f);
                progress.accept(f.line());
            }
            String heavy = nearest100Ms(gate);
            RunFigure h = compare(gate, heavy, 31);
            progress.accept(heavyLine(h));
            return new Report(checks, runs, h);
        } catch (SQLException e) {
            throw new ShopSightException("The benchmark's plain query failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShopSightException("Interrupted", e);
        } finally {
            try {
                Files.deleteIfExists(scratch.resolve("audit.jsonl"));
                Files.deleteIfExists(scratch);
            } catch (IOException e) {
                progress.accept("note: could not remove " + scratch + ": " + e.getMessage());
            }
        }
    }

    private static String heavyLine(RunFigure h) {
        return String.format(Locale.ROOT, "heavy  plain %8.2f ms  gate %8.2f ms  overhead %+6.2f ms (%+5.1f %%)   %s",
                h.plainMs(), h.gateMs(), h.overheadMs(), h.overheadPercent(), shorten(h.sql()));
    }

    private static String nearest100Ms(SqlGate gate) throws SQLException, InterruptedException {
        String best = HEAVY.get(0);
        double bestDistance = Double.MAX_VALUE;
        for (String sql : HEAVY) {
            plain(gate, sql);
            double[] ms = new double[3];
            for (int i = 0; i < ms.length; i++) {
                ms[i] = plain(gate, sql);
            }
            double distance = Math.abs(Math.log(percentile(ms, 50) / 100.0));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = sql;
            }
        }
        return best;
    }

    /** {@code n} plain and gate runs in alternating order, after a warm-up of both. */
    private static RunFigure compare(SqlGate gate, String sql, int n) throws SQLException, InterruptedException {
        for (int i = 0; i < 5; i++) {
            requireRows(gate.run(sql), sql);
            plain(gate, sql);
        }
        double[] plain = new double[n];
        double[] gated = new double[n];
        double[] paired = new double[n];
        for (int i = 0; i < n; i++) {
            if (i % 2 == 0) {
                plain[i] = plain(gate, sql);
                gated[i] = gated(gate, sql);
            } else {
                gated[i] = gated(gate, sql);
                plain[i] = plain(gate, sql);
            }
            paired[i] = gated[i] - plain[i];
        }
        return new RunFigure(sql, percentile(plain, 50), percentile(gated, 50), percentile(paired, 50));
    }

    private static double gated(SqlGate gate, String sql) {
        long t = System.nanoTime();
        requireRows(gate.run(sql), sql);
        return (System.nanoTime() - t) / 1e6;
    }

    /** Plain JDBC: execute the SQL as it is and read every value, as a caller without the gate would. */
    private static double plain(SqlGate gate, String sql) throws SQLException, InterruptedException {
        return gate.onPlainConnection(session -> {
            long t = System.nanoTime();
            try (Statement st = session.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                }
            }
            return (System.nanoTime() - t) / 1e6;
        });
    }

    private static void requireAccepted(GateCheck check, String sql) {
        if (check instanceof Rejected r) {
            throw new ShopSightException("The benchmark query was refused (" + r.describe() + "): " + sql);
        }
    }

    private static void requireRows(GateResult result, String sql) {
        if (result instanceof Rejected r) {
            throw new ShopSightException("The benchmark query was refused (" + r.describe() + "): " + sql);
        }
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String shorten(String sql) {
        String flat = sql.replaceAll("\\s+", " ");
        return flat.length() <= 70 ? flat : flat.substring(0, 69) + "…";
    }
}

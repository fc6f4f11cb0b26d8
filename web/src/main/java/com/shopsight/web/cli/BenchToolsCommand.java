package com.shopsight.web.cli;

import com.shopsight.tools.bench.Measurement;
import com.shopsight.tools.churn.ChurnParams;
import com.shopsight.tools.churn.ChurnResult;
import com.shopsight.tools.churn.ChurnTool;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.forecast.ForecastParams;
import com.shopsight.tools.forecast.ForecastResult;
import com.shopsight.tools.forecast.ForecastTool;
import com.shopsight.tools.forecast.Metric;
import com.shopsight.tools.gate.GateConfig;
import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.scope.AgeBand;
import com.shopsight.tools.scope.Dimension;
import com.shopsight.tools.scope.Scope;
import com.shopsight.tools.segments.SegmentsParams;
import com.shopsight.tools.segments.SegmentsResult;
import com.shopsight.tools.segments.SegmentsTool;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** `shopsight bench tools`: time and peak memory of each analytic tool on --db. */
@Command(
        name = "tools",
        mixinStandardHelpOptions = true,
        description = {
            "Run the analytic tools on --db and print each one's time and peak memory: forecasts (the whole",
            "store, a product type, an age band), a buyer profile, RFM, clusters and churn. Aims at full scale:",
            "forecast < 1 s, buyer profile < 2 s, RFM < 5 s, clusters < 15 s, churn < 30 s."
        })
final class BenchToolsCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--only", split = ",", paramLabel = "NAME",
            description = "Run only these: forecast, forecast-type, forecast-age, buyers, rfm, clusters, churn.")
    List<String> only;

    @Option(names = "--runs", defaultValue = "1", description = "Runs of each (the first pays for cold caches; default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws Exception {
        java.nio.file.Path db = bench.parent.db;
        DuckDb.requireExists(db);
        PrintWriter out = spec.commandLine().getOut();
        // The audit log is left out: writing it is the gate's cost, not the tools'.
        try (SqlGate gate = SqlGate.open(db, GateConfig.forDatabase(db).withAuditLog(null, 1024))) {
            QueryContext context = QueryContext.of("bench");
            ForecastTool forecast = new ForecastTool(gate, context);
            SegmentsTool segments = new SegmentsTool(gate, context);
            ChurnTool churn = new ChurnTool(gate, context);
            Map<String, Supplier<String>> work = new LinkedHashMap<>();
            work.put("forecast", () -> describe(forecast.run(ForecastParams.of(Scope.all(), Metric.UNITS))));
            work.put("forecast-type", () -> describe(forecast.run(
                    ForecastParams.of(Scope.all().with(Dimension.PRODUCT_TYPE, "Trousers"), Metric.REVENUE))));
            work.put("forecast-age", () -> describe(forecast.run(
                    ForecastParams.of(Scope.all().withAgeBand(AgeBand.UNDER_25), Metric.UNITS))));
            work.put("buyers", () -> describe(segments.run(SegmentsParams.buyers(Scope.all().with(Dimension.INDEX_GROUP, "Divided")))));
            work.put("rfm", () -> describe(segments.run(SegmentsParams.rfm(Scope.all()))));
            work.put("clusters", () -> describe(segments.run(SegmentsParams.clusters(Scope.all()))));
            work.put("churn", () -> describe(churn.run(ChurnParams.defaults())));
            if (only != null) {
                for (String name : only) {
                    if (!work.containsKey(name)) {
                        throw new CommandLine.ParameterException(spec.commandLine(), "Unknown tool '" + name + "': use " + work.keySet());
                    }
                }
                work.keySet().retainAll(only);
            }
            gate.run("SELECT count(*) FROM transactions");
            for (Map.Entry<String, Supplier<String>> w : work.entrySet()) {
                for (int run = 0; run < runs; run++) {
                    long cpu = processCpuNanos();
                    Measurement.Measured<String> m = Measurement.of(w.getKey(), w.getValue());
                    double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
                    out.println(m.measurement().line() + String.format(Locale.ROOT, "   cpu %.1f s", cpuSeconds) + "   " + m.value());
                    out.flush();
                }
            }
        }
        return 0;
    }

    /**
     * CPU time of the whole process, DuckDB's threads included. On a shared machine wall time
     * waits for other work; CPU time divided by the threads shows what the tool itself costs.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String describe(ForecastResult r) {
        return outcome(r, ForecastResult.Forecast.class, f -> f.method().code() + ", " + f.history().size() + " periods");
    }

    private static String describe(SegmentsResult r) {
        if (r instanceof SegmentsResult.BuyerProfile p) {
            return String.format(Locale.ROOT, "%,d buyers", p.buyers());
        }
        if (r instanceof SegmentsResult.Rfm rfm) {
            return String.format(Locale.ROOT, "%,d customers", rfm.customers());
        }
        if (r instanceof SegmentsResult.Clusters c) {
            return String.format(Locale.ROOT, "k %d of %,d sampled", c.k(), c.sampled());
        }
        return "failed: " + ((SegmentsResult.Failed) r).problem().describe();
    }

    private static String describe(ChurnResult r) {
        return outcome(r, ChurnResult.ChurnRisk.class, c -> String.format(Locale.ROOT, "AUC %.3f, %,d active customers",
                c.evaluation().auc(), c.activeCustomers()));
    }

    private static <R, T extends R> String outcome(R r, Class<T> ok, Function<T, String> text) {
        if (ok.isInstance(r)) {
            return text.apply(ok.cast(r));
        }
        return "failed: " + r;
    }
}

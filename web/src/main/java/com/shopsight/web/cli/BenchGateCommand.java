package com.shopsight.web.cli;

import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.gate.GateBenchmark;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shopsight bench gate`: what the SQL gate adds to plain JDBC on the same queries. */
@Command(name = "gate", mixinStandardHelpOptions = true,
        description = {"Measure the SQL gate against plain JDBC on the same queries and connection settings:",
            "check() per query (aim: under 2 ms) and the overhead on a query of about 100 ms (aim: under 5 %)."})
final class BenchGateCommand implements Runnable {
    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--iterations", defaultValue = "200", description = "check() calls per query (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Override
    public void run() {
        DuckDb.requireExists(bench.parent.db);
        PrintWriter out = spec.commandLine().getOut();
        out.println("gate benchmark on " + bench.parent.db.toAbsolutePath());
        GateBenchmark.Report report = GateBenchmark.run(bench.parent.db, Math.max(10, iterations), line -> {
            out.println(line);
            out.flush();
        });
        double worstCheck = report.checks().stream().mapToDouble(GateBenchmark.CheckFigure::meanMs).max().orElse(0);
        out.printf(Locale.ROOT, "summary: check() %.2f ms mean at worst (aim < 2 ms); overhead %.1f %% on a %.0f ms query (aim < 5 %%)%n",
                worstCheck, report.heavy().overheadPercent(), report.heavy().plainMs());
        out.flush();
    }
}

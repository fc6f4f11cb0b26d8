package com.shopsight.web.cli;

import com.shopsight.tools.bench.Measurement;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.gate.GateConfig;
import com.shopsight.tools.gate.GateResult;
import com.shopsight.tools.gate.Rows;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.report.ReportParams;
import com.shopsight.tools.report.ReportResult;
import com.shopsight.tools.report.ReportSubject;
import com.shopsight.tools.report.ReportTool;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shopsight bench report`: time and peak memory of the product report of a product type and of an article. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Time and peak memory of the product report.",
            "Reports on a product type and on the best-selling article."})
final class BenchReportCommand implements Runnable {
    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--product-type", defaultValue = "Trousers", description = "The product type (default: ${DEFAULT-VALUE}).")
    String productType;

    @Override
    public void run() {
        DuckDb.requireExists(bench.parent.db);
        PrintWriter out = spec.commandLine().getOut();
        out.println("report benchmark on " + bench.parent.db.toAbsolutePath());
        try (SqlGate gate = SqlGate.open(bench.parent.db, GateConfig.forDatabase(bench.parent.db).withAuditLog(null, 1024))) {
            GateResult top = gate.run("SELECT article_id FROM transactions GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1");
            String article = (String) ((Rows) top).rows().get(0).get(0);
            ReportTool tool = new ReportTool(gate);
            for (ReportSubject s : List.of(new ReportSubject.ProductType(productType), new ReportSubject.Article(article))) {
                Measurement.Measured<CpuClock.Timed<ReportResult>> m = Measurement.of("report " + s.dimension().code() + " " + s.value(),
                        () -> CpuClock.around(() -> tool.run(ReportParams.of(s))));
                ReportResult r = m.value().value();
                out.println(m.measurement().line() + "   " + m.value().cpu() + "   "
                        + (r instanceof ReportResult.ProductReport p
                                ? "stage " + (p.lifecycle().stage() == null ? "none" : p.lifecycle().stage().code()) + ", "
                                        + p.recommendations().size() + " recommendations, " + p.sql().size() + " queries"
                                : "failed: " + ((ReportResult.Failed) r).problem().message()));
                out.flush();
            }
        }
    }
}

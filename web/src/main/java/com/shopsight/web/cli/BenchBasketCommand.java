package com.shopsight.web.cli;

import com.shopsight.tools.basket.BasketParams;
import com.shopsight.tools.basket.BasketResult;
import com.shopsight.tools.basket.BasketTool;
import com.shopsight.tools.basket.Baskets;
import com.shopsight.tools.basket.ItemLevel;
import com.shopsight.tools.bench.Measurement;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.gate.GateConfig;
import com.shopsight.tools.gate.SqlGate;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shopsight bench basket`: time and peak memory of basket rules at product-type and article level. */
@Command(name = "basket", mixinStandardHelpOptions = true,
        description = {"Time and peak memory of basket rules at product-type and article level.",
            "Mines customer-day baskets through the SQL gate, as `tool basket` does: at product-type level (aim at full scale: under 10 s) and at article level (aim: under 60 s)."})
final class BenchBasketCommand implements Runnable {
    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--type-support", defaultValue = "0.001", description = "Min support at product-type level (default: ${DEFAULT-VALUE}).")
    double typeSupport;

    @Option(names = "--article-support", defaultValue = "0.0001", description = "Min support at article level (default: ${DEFAULT-VALUE}).")
    double articleSupport;

    @Option(names = "--max-size", defaultValue = "3", description = "Largest itemset (default: ${DEFAULT-VALUE}).")
    int maxSize;

    @Option(names = "--levels", defaultValue = "product_type,article", split = ",", description = "Levels to mine (default: ${DEFAULT-VALUE}).")
    String[] levels;

    @Override
    public void run() {
        DuckDb.requireExists(bench.parent.db);
        PrintWriter out = spec.commandLine().getOut();
        out.println("basket benchmark on " + bench.parent.db.toAbsolutePath());
        try (SqlGate gate = SqlGate.open(bench.parent.db, GateConfig.forDatabase(bench.parent.db).withAuditLog(null, 1024))) {
            BasketTool tool = new BasketTool(gate);
            for (String level : levels) {
                ItemLevel l = ItemLevel.parse(level);
                double support = l.isArticle() ? articleSupport : typeSupport;
                BasketParams p = BasketParams.of(Baskets.CustomerDay.of(l)).withMinSupport(support).withMaxSize(maxSize)
                        .withMinConfidence(0.1).withMaxRules(1000);
                Measurement.Measured<CpuClock.Timed<BasketResult>> timed = Measurement.of("basket " + l.column() + " " + support,
                        () -> CpuClock.around(() -> tool.run(p)));
                out.println(timed.measurement().line() + "   " + timed.value().cpu());
                Measurement.Measured<BasketResult> m = new Measurement.Measured<>(timed.value().value(), timed.measurement());
                if (m.value() instanceof BasketResult.Mined r) {
                    out.printf(Locale.ROOT, "  %,d baskets, min count %,d, %,d frequent items, %,d distinct multi-item baskets,"
                            + " %,d itemsets, %,d rules%n", r.baskets(), r.minSupportCount(), r.frequentItems(), r.distinctBaskets(),
                            r.itemsetCount(), r.ruleCount());
                } else {
                    BasketResult.Failed f = (BasketResult.Failed) m.value();
                    out.println("  failed: " + f.message());
                }
                out.flush();
            }
        }
    }
}

package com.shopsight.web.cli;

import com.shopsight.tools.basket.Rule;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.forecast.ForecastRow;
import com.shopsight.tools.gate.GateConfig;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.report.PriceTrend;
import com.shopsight.tools.report.Recommendation;
import com.shopsight.tools.report.ReportParams;
import com.shopsight.tools.report.ReportResult;
import com.shopsight.tools.report.ReportSubject;
import com.shopsight.tools.report.ReportTool;
import com.shopsight.tools.segments.ProfileRow;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shopsight tool report`: the product report of an article or a product type. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "The product report of an article or a product type, with recommendations.",
            "Weekly history and a forecast, likely buyers, price trend, online/in-store split, repeat purchase rate, lifecycle stage (with its rule), what sells with it, and",
            "recommendations each tied to one of those figures.",
            "Examples:",
            "  shopsight tool report --product-type \"Bikini top\"",
            "  shopsight tool report --article 0706016001 --as-of 2020-06-30 --format json"
        })
final class ToolReportCommand implements Callable<Integer> {
    @ParentCommand
    ToolCommand tool;

    @Spec
    CommandSpec spec;

    static final class Subject {
        @Option(names = "--article", paramLabel = "ID", description = "An article id.")
        String article;

        @Option(names = "--product-type", paramLabel = "TYPE", description = "A product type, such as Trousers.")
        String productType;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Subject subject;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Report as of this day (default: the last day of the data).")
    LocalDate asOf;

    @Option(names = "--horizon", defaultValue = "4", paramLabel = "WEEKS", description = "Weeks to forecast, 1 to 12 (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(names = "--format", defaultValue = "table", paramLabel = "json|table", description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        ToolPrinting.Format f;
        ReportParams params;
        try {
            f = ToolPrinting.Format.parse(format);
            ReportSubject s = subject.article != null ? new ReportSubject.Article(subject.article) : new ReportSubject.ProductType(subject.productType);
            params = new ReportParams(s, asOf, horizon);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        DuckDb.requireExists(tool.parent.db);
        ReportResult result;
        try (SqlGate gate = SqlGate.open(tool.parent.db, GateConfig.forDatabase(tool.parent.db))) {
            result = new ReportTool(gate).run(params);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (f == ToolPrinting.Format.JSON) {
            out.println(ToolPrinting.json(result));
        } else if (result instanceof ReportResult.ProductReport r) {
            out.print(render(r));
        }
        out.flush();
        if (result instanceof ReportResult.Failed failed) {
            if (f == ToolPrinting.Format.TABLE) {
                spec.commandLine().getErr().println("error: " + failed.problem().message()
                        + (failed.problem().hint() == null ? "" : "\nhint: " + failed.problem().hint()));
                spec.commandLine().getErr().flush();
            }
            return ShopSightCli.EXIT_REJECTED;
        }
        return 0;
    }

    static String render(ReportResult.ProductReport r) {
        StringBuilder s = new StringBuilder();
        s.append("Product report: ").append(r.subject()).append(", as of ").append(r.asOf()).append("\n\n");
        s.append("Lifecycle: ").append(r.lifecycle().stage() == null ? "none" : r.lifecycle().stage().code())
                .append(" (").append(r.lifecycle().because()).append(")\n");
        if (r.forecast() != null) {
            s.append("Forecast (").append(r.forecast().method().code()).append("):");
            for (ForecastRow row : r.forecast().forecast()) {
                s.append(String.format(Locale.ROOT, "  %s %s", row.period(), ToolPrinting.num(row.point())));
            }
            s.append('\n');
        }
        if (r.channels() != null) {
            s.append(String.format(Locale.ROOT, "Channels: %s online, %s in stores (store-wide %s online)%n",
                    ToolPrinting.pct(r.channels().onlineShare()), ToolPrinting.pct(r.channels().storeShare()),
                    ToolPrinting.pct(r.channels().overallOnlineShare())));
            s.append(String.format(Locale.ROOT, "Repeat purchase: %s of %,d buyers bought it on more than one day%n",
                    ToolPrinting.pct(r.loyalty().repeatRate()), r.loyalty().buyers()));
        }
        if (r.buyers() != null && !r.buyers().highlights().isEmpty()) {
            s.append("Likely buyers:");
            for (ProfileRow p : r.buyers().highlights()) {
                s.append(String.format(Locale.ROOT, "  %s %s (%s of buyers, index %.2f)", p.dimension(), p.value(),
                        ToolPrinting.pct(p.buyerShare()), p.index()));
            }
            s.append('\n');
        }
        PriceTrend price = r.priceTrend();
        if (price.changePercent() != null) {
            s.append(String.format(Locale.ROOT, "Price trend: %+.1f %% over the year%n", price.changePercent()));
        }
        s.append("Sells with:");
        if (r.sellsWith().rules().isEmpty()) {
            s.append(' ').append(r.sellsWith().note());
        }
        for (Rule rule : r.sellsWith().rules()) {
            s.append(String.format(Locale.ROOT, "%n  %s (in %s of its baskets, lift %.2f)",
                    String.join(" + ", rule.consequent().stream().map(r.sellsWith()::display).toList()),
                    ToolPrinting.pct(rule.confidence()), rule.lift()));
        }
        s.append("\n\nRecommendations:\n");
        for (Recommendation rec : r.recommendations()) {
            s.append("  - ").append(rec.action()).append("\n    because ").append(rec.because()).append('\n');
        }
        if (!r.notes().isEmpty()) {
            s.append("\nNotes:\n");
            r.notes().forEach(n -> s.append("  - ").append(n).append('\n'));
        }
        s.append(String.format(Locale.ROOT, "%n%d queries (--format json lists them); %,d ms%n", r.sql().size(), r.elapsedMs()));
        return s.toString();
    }
}

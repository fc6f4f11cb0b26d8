package com.shopsight.web.cli;

import com.shopsight.tools.basket.BasketParams;
import com.shopsight.tools.basket.BasketResult;
import com.shopsight.tools.basket.BasketTool;
import com.shopsight.tools.basket.Baskets;
import com.shopsight.tools.basket.ItemFilter;
import com.shopsight.tools.basket.ItemLevel;
import com.shopsight.tools.basket.Rule;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.gate.GateConfig;
import com.shopsight.tools.gate.QueryLimits;
import com.shopsight.tools.gate.SqlGate;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shopsight tool basket`: association rules of baskets, at any item level or from any query. */
@Command(
        name = "basket",
        mixinStandardHelpOptions = true,
        description = {
            "Association rules of baskets (support, confidence, lift, leverage, conviction), exact.",
            "Frequent itemsets and rules. A basket is one customer's purchases on one day (--baskets customer_day, the default) or over",
            "--from..--to (customer_window); items are articles, product types or another articles column",
            "(--level), or whatever --sql returns as (basket_id, item). Thresholds are inclusive.",
            "Examples:",
            "  shopsight tool basket --level product_type --item \"Bikini top\"",
            "  shopsight tool basket --sql \"SELECT customer_id || t_dat AS basket_id, article_id AS item FROM transactions\""
                    + " --min-support 0.0005 --format json"
        })
final class ToolBasketCommand implements Callable<Integer> {
    @ParentCommand
    ToolCommand tool;

    @Spec
    CommandSpec spec;

    @Option(names = "--sql", paramLabel = "SQL", description = "A query returning columns basket_id and item, instead of --level.")
    String sql;

    @Option(names = "--level", defaultValue = "product_type", paramLabel = "LEVEL",
            description = "article, product_type (default), or another articles column: colour_group, department, section, ...")
    String level;

    @Option(names = "--baskets", defaultValue = "customer_day", paramLabel = "customer_day|customer_window",
            description = "What a basket is (default: ${DEFAULT-VALUE}).")
    String baskets;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the baskets.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the baskets (inclusive).")
    LocalDate to;

    @Option(names = "--min-support", defaultValue = "0.01", paramLabel = "SHARE",
            description = "Smallest share of baskets of a frequent itemset, above 0 to 1 (default: ${DEFAULT-VALUE}).")
    double minSupport;

    @Option(names = "--min-confidence", defaultValue = "0.1", paramLabel = "SHARE", description = "Smallest rule confidence (default: ${DEFAULT-VALUE}).")
    double minConfidence;

    @Option(names = "--max-size", defaultValue = "3", paramLabel = "N", description = "Largest itemset, 2 to 16 (default: ${DEFAULT-VALUE}).")
    int maxSize;

    @Option(names = "--max-rules", defaultValue = "100", paramLabel = "N", description = "Rules to report, strongest by lift (default: ${DEFAULT-VALUE}).")
    int maxRules;

    @Option(names = "--max-itemsets", defaultValue = "100", paramLabel = "N", description = "Itemsets to report, most frequent first (default: ${DEFAULT-VALUE}).")
    int maxItemsets;

    @Option(names = "--item", paramLabel = "ITEM", description = "Only rules with this item: \"what sells with Bikini top?\".")
    String item;

    @Option(names = "--item-side", defaultValue = "antecedent", paramLabel = "antecedent|consequent|either",
            description = "Where --item must stand (default: ${DEFAULT-VALUE}).")
    String itemSide;

    @Option(names = "--timeout", defaultValue = "300", paramLabel = "S", description = "Time limit of the basket query in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--format", defaultValue = "table", paramLabel = "json|table", description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        ToolPrinting.Format f;
        BasketParams params;
        Duration timeout;
        try {
            f = ToolPrinting.Format.parse(format);
            params = new BasketParams(baskets(), minSupport, minConfidence, maxSize, maxRules, maxItemsets,
                    item == null ? null : new ItemFilter(item, ItemFilter.Side.parse(itemSide)));
            timeout = Duration.ofSeconds(timeoutSeconds);
            new QueryLimits(1, timeout);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        DuckDb.requireExists(tool.parent.db);
        BasketResult result;
        try (SqlGate gate = SqlGate.open(tool.parent.db, GateConfig.forDatabase(tool.parent.db))) {
            result = new BasketTool(gate, timeout).run(params);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (f == ToolPrinting.Format.JSON) {
            out.println(ToolPrinting.json(result));
            out.flush();
        }
        if (result instanceof BasketResult.Failed failed) {
            if (f == ToolPrinting.Format.TABLE) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("error: " + failed.message() + (failed.hint() == null ? "" : "\nhint: " + failed.hint())
                        + (failed.suggestions().isEmpty() ? "" : "\ndid you mean: " + String.join(", ", failed.suggestions())));
                err.flush();
            }
            return ShopSightCli.EXIT_REJECTED;
        }
        if (f == ToolPrinting.Format.TABLE) {
            out.print(render((BasketResult.Mined) result));
            out.flush();
        }
        return 0;
    }

    private Baskets baskets() {
        if (sql != null) {
            if (from != null || to != null) {
                throw new IllegalArgumentException("--from and --to filter the built-in baskets; put dates into --sql instead");
            }
            return new Baskets.Query(sql);
        }
        ItemLevel l = ItemLevel.parse(level);
        return switch (baskets.trim().toLowerCase(Locale.ROOT)) {
            case "customer_day", "day" -> new Baskets.CustomerDay(l, from, to);
            case "customer_window", "window", "customer" -> new Baskets.CustomerWindow(l, from, to);
            default -> throw new IllegalArgumentException("Unknown --baskets '" + baskets + "': use customer_day or customer_window");
        };
    }

    static String render(BasketResult.Mined m) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%,d baskets; frequent: %,d or more baskets; %,d frequent items, %,d itemsets;"
                + " %,d distinct multi-item baskets mined; %,d rules; %,d ms%n%n",
                m.baskets(), m.minSupportCount(), m.frequentItems(), m.itemsetCount(), m.distinctBaskets(), m.ruleCount(), m.elapsedMs()));
        List<List<String>> rows = new ArrayList<>();
        for (Rule r : m.rules()) {
            rows.add(List.of(ToolPrinting.clip(names(r.antecedent(), m), 50), ToolPrinting.clip(names(r.consequent(), m), 50),
                    ToolPrinting.pct(r.support()), String.format(Locale.ROOT, "%,d", r.supportCount()), ToolPrinting.pct(r.confidence()),
                    ToolPrinting.num(r.lift()), String.format(Locale.ROOT, "%.5f", r.leverage()),
                    r.conviction() == null ? "inf" : ToolPrinting.num(r.conviction())));
        }
        s.append(ToolPrinting.table(List.of("antecedent", "consequent", "support", "baskets", "confidence", "lift", "leverage", "conviction"), rows));
        if (!m.notes().isEmpty()) {
            s.append("\nNotes:\n");
            m.notes().forEach(n -> s.append("  - ").append(n).append('\n'));
        }
        s.append("\nSQL:\n  ").append(m.sql().replace("\n", "\n  ")).append(";\n");
        return s.toString();
    }

    private static String names(List<String> items, BasketResult.Mined m) {
        List<String> out = new ArrayList<>();
        for (String i : items) {
            String label = m.labels().get(i);
            out.add(label == null ? i : i + " " + label);
        }
        return String.join(" + ", out);
    }
}

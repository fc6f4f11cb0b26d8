package com.shopsight.web.cli;

import com.shopsight.tools.chart.ChartParams;
import com.shopsight.tools.chart.ChartResult;
import com.shopsight.tools.chart.ChartTable;
import com.shopsight.tools.chart.ChartTool;
import com.shopsight.tools.chart.Shows;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.gate.GateConfig;
import com.shopsight.tools.gate.GateResult;
import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.Rejected;
import com.shopsight.tools.gate.Rows;
import com.shopsight.tools.gate.SqlGate;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shopsight tool chart --sql ...`: a Vega-Lite spec of a query's result. */
@Command(
        name = "chart",
        mixinStandardHelpOptions = true,
        description = {
            "A Vega-Lite chart spec of a query's result.",
            "Runs the query through the SQL gate and draws its result as declarative Vega-Lite JSON.",
            "--kind auto picks from the column types; otherwise name the columns: line (x time, y measure,",
            "color series), forecast (x, y, --lower, --upper, color part), bar (x category, y measure),",
            "grouped and stacked (x category, color group, y measure), share (x category, y measure; an arc",
            "up to six parts), point (x, y, color, --label), heatmap (x, y, color measure).",
            "Example:",
            "  shopsight tool chart --sql \"SELECT product_type_name, count(*) AS units FROM transactions"
                    + " JOIN articles USING (article_id) GROUP BY 1 ORDER BY 2 DESC LIMIT 10\" --format spec"
        })
final class ToolChartCommand implements Callable<Integer> {
    @ParentCommand
    ToolCommand tool;

    @Spec
    CommandSpec spec;

    @Option(names = "--sql", required = true, paramLabel = "SQL", description = "The query whose result to draw.")
    String sql;

    @Option(names = "--kind", defaultValue = "auto", paramLabel = "KIND",
            description = "auto (default), line, forecast, bar, grouped, stacked, share, point or heatmap.")
    String kind;

    @Option(names = "--x", paramLabel = "COLUMN", description = "The column along x (time, category, first measure).")
    String x;

    @Option(names = "--y", paramLabel = "COLUMN", description = "The column along y (measure, second dimension).")
    String y;

    @Option(names = "--color", paramLabel = "COLUMN", description = "The column coloured (series, group, part, heatmap measure).")
    String color;

    @Option(names = "--lower", paramLabel = "COLUMN", description = "Forecast interval lower bound.")
    String lower;

    @Option(names = "--upper", paramLabel = "COLUMN", description = "Forecast interval upper bound.")
    String upper;

    @Option(names = "--label", paramLabel = "COLUMN", description = "The name of a point (scatter).")
    String label;

    @Option(names = "--title", paramLabel = "TEXT", description = "The chart title (default: made from the columns).")
    String title;

    @Option(names = "--max-rows", defaultValue = "5000", paramLabel = "N", description = "Rows to inline at most (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|spec",
            description = "json (default): the tool's result with the spec; spec: the Vega-Lite spec alone.")
    String format;

    @Override
    public Integer call() {
        Shows shows;
        boolean specOnly;
        try {
            shows = shows();
            specOnly = switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "spec" -> true;
                case "json" -> false;
                default -> throw new IllegalArgumentException("Unknown format '" + format + "': use json or spec");
            };
            if (maxRows < 1 || maxRows > ChartParams.MAX_ROWS) {
                throw new IllegalArgumentException("--max-rows must be between 1 and " + ChartParams.MAX_ROWS);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        DuckDb.requireExists(tool.parent.db);
        GateConfig config = GateConfig.forDatabase(tool.parent.db);
        GateResult rows;
        try (SqlGate gate = SqlGate.open(tool.parent.db, config)) {
            rows = gate.run(sql, config.limits().withMaxRows(ChartParams.MAX_ROWS), QueryContext.of("cli"));
        }
        if (rows instanceof Rejected r) {
            throw new InputRejectedException(ResultPrinter.explain(r));
        }
        ChartParams params;
        try {
            params = new ChartParams(ChartTable.of((Rows) rows), shows, title, maxRows);
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException(e.getMessage());
        }
        ChartResult result = new ChartTool().run(params);
        PrintWriter out = spec.commandLine().getOut();
        if (result instanceof ChartResult.NotCharted none) {
            throw new InputRejectedException("cannot draw this: " + none.reason());
        }
        out.println(ToolPrinting.json(specOnly ? ((ChartResult.Chart) result).spec() : result));
        out.flush();
        return 0;
    }

    private Shows shows() {
        return switch (kind.trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> new Shows.Auto();
            case "line" -> new Shows.TimeSeries(need(x, "--x"), need(y, "--y"), color);
            case "forecast" -> new Shows.Forecast(need(x, "--x"), need(y, "--y"), need(lower, "--lower"), need(upper, "--upper"), need(color, "--color"));
            case "bar", "ranking" -> new Shows.Ranking(need(x, "--x"), need(y, "--y"));
            case "grouped" -> new Shows.Breakdown(need(x, "--x"), need(color, "--color"), need(y, "--y"), false);
            case "stacked" -> new Shows.Breakdown(need(x, "--x"), need(color, "--color"), need(y, "--y"), true);
            case "share", "pie", "arc" -> new Shows.Share(need(x, "--x"), need(y, "--y"));
            case "point", "scatter" -> new Shows.Scatter(need(x, "--x"), need(y, "--y"), label, color);
            case "heatmap" -> new Shows.Heatmap(need(x, "--x"), need(y, "--y"), need(color, "--color"));
            default -> throw new IllegalArgumentException("Unknown --kind '" + kind
                    + "': use auto, line, forecast, bar, grouped, stacked, share, point or heatmap");
        };
    }

    private static String need(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException("this kind of chart needs " + option);
        }
        return value;
    }
}

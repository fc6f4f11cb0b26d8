package com.shopsight.web.cli;

import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.forecast.ForecastParams;
import com.shopsight.tools.forecast.ForecastResult;
import com.shopsight.tools.forecast.ForecastTool;
import com.shopsight.tools.forecast.Frequency;
import com.shopsight.tools.forecast.Method;
import com.shopsight.tools.forecast.Metric;
import com.shopsight.tools.gate.GateConfig;
import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.scope.Scope;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** `shopsight tool forecast`: demand forecast of a scope, or of any query returning (period, value). */
@Command(
        name = "forecast",
        mixinStandardHelpOptions = true,
        description = {
            "Forecast units or revenue of a scope, or of a query returning (period, value).",
            "A scope is a product, type, department, ... (weekly by default); the method is chosen by a",
            "rolling-origin backtest whose table is printed too.",
            "Examples:",
            "  shopsight tool forecast --product-type Trousers --metric units",
            "  shopsight tool forecast --sql \"SELECT date_trunc('month', t_dat) AS period, count(*) AS value"
                    + " FROM transactions GROUP BY 1\" --season 12 --horizon 6 --format json"
        })
final class ToolForecastCommand implements Callable<Integer> {
    @ParentCommand
    ToolCommand tool;

    @Spec
    CommandSpec spec;

    @Mixin
    ScopeOptions scope;

    @Option(names = "--metric", defaultValue = "units", paramLabel = "units|revenue", description = "What to count (default: ${DEFAULT-VALUE}).")
    String metric;

    @Option(names = "--sql", paramLabel = "SQL", description = "A query returning columns period and value, instead of filters.")
    String sql;

    @Option(names = "--frequency", paramLabel = "day|week|month|quarter|year",
            description = "The period length (default: week for filters; from the periods' spacing for --sql).")
    String frequency;

    @Option(names = "--season", paramLabel = "N", description = "Season length in periods (default: 52 weeks, 12 months, 4 quarters, 7 days; 1 for none).")
    Integer season;

    @Option(names = "--horizon", defaultValue = "4", paramLabel = "N", description = "Periods to forecast, 1 to 52 (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(names = "--method", paramLabel = "NAME", description = "Use this method whatever the backtest prefers: naive, seasonal_naive,"
            + " seasonal_naive_scaled, drift, weighted_average_trend, ses, holt_damped, holt_winters_additive, holt_winters_multiplicative.")
    String method;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Seed of the simulated intervals (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", defaultValue = "table", paramLabel = "json|table", description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        ToolOutput.Format f;
        ForecastParams params;
        try {
            f = ToolOutput.Format.parse(format);
            Scope s = scope.scope();
            params = new ForecastParams(s, Metric.parse(metric), sql, frequency == null ? null : Frequency.parse(frequency), season,
                    horizon, method == null ? null : Method.parse(method), seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        DuckDb.requireExists(tool.parent.db);
        ForecastResult result;
        try (SqlGate gate = SqlGate.open(tool.parent.db, GateConfig.forDatabase(tool.parent.db))) {
            result = new ForecastTool(gate, QueryContext.of("cli")).run(params);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (result instanceof ForecastResult.Failed failed) {
            return ToolOutput.failed(f, failed, failed.problem(), out, spec.commandLine().getErr());
        }
        ForecastResult.Forecast forecast = (ForecastResult.Forecast) result;
        out.print(f == ToolOutput.Format.JSON ? ToolOutput.json(forecast) + "\n" : ForecastTable.render(forecast));
        out.flush();
        return 0;
    }
}

package com.shopsight.web.cli;

import com.shopsight.tools.forecast.BacktestRow;
import com.shopsight.tools.forecast.Excluded;
import com.shopsight.tools.forecast.Facts;
import com.shopsight.tools.forecast.ForecastResult;
import com.shopsight.tools.forecast.ForecastRow;
import java.util.Locale;
import java.util.stream.Collectors;

/** A forecast laid out for a terminal: the forecast, the facts, the backtest, notes and SQL. */
final class ForecastTable {
    private ForecastTable() {}

    static String render(ForecastResult.Forecast f) {
        StringBuilder s = new StringBuilder();
        s.append("Forecast of ").append(f.series()).append(" (season ").append(f.season()).append(")\n");
        s.append("Method: ").append(f.method().code());
        if (!f.parameters().isEmpty()) {
            s.append(" (").append(f.parameters().entrySet().stream()
                    .map(e -> e.getKey() + " " + ToolOutput.num(e.getValue())).collect(Collectors.joining(", "))).append(')');
        }
        s.append(f.backtest() == null ? ", too little history for a backtest\n"
                : ", chosen by a backtest over " + f.backtest().origins() + " origins of " + f.backtest().horizon() + " periods\n");
        s.append(String.format(Locale.ROOT, "%n  %-12s %12s %27s %27s%n", "period", "forecast", "80% interval", "95% interval"));
        for (ForecastRow r : f.forecast()) {
            s.append(String.format(Locale.ROOT, "  %-12s %12s %27s %27s%n", r.period(), ToolOutput.num(r.point()),
                    interval(r.lo80(), r.hi80()), interval(r.lo95(), r.hi95())));
        }
        Facts x = f.facts();
        s.append("\nFacts: trend ").append(x.trendDirection());
        if (x.expectedChangePct() != null) {
            s.append(String.format(Locale.ROOT, ", %+.1f %% against the last %d periods (mean %s)", x.expectedChangePct(),
                    x.recentPeriods(), ToolOutput.num(x.recentMean())));
        }
        s.append("; total over the horizon ").append(ToolOutput.num(x.forecastTotal()));
        s.append("; seasonality ").append(x.seasonality())
                .append(x.seasonalityStrength() == null ? "" : " (" + ToolOutput.num(x.seasonalityStrength()) + ")").append('\n');
        if (f.backtest() != null) {
            s.append("\nBacktest: MASE is scaled by ").append(f.backtest().scaledBy()).append("; origins at training lengths ")
                    .append(f.backtest().trainingLengths()).append('\n');
            s.append(String.format(Locale.ROOT, "    %-28s %8s %8s %8s %10s %8s %8s%n", "method", "MASE", "sMAPE", "MAPE", "MAE",
                    "cover80", "cover95"));
            for (BacktestRow r : f.backtest().rows()) {
                s.append(String.format(Locale.ROOT, "  %s %-28s %8s %8s %8s %10s %8s %8s%n", r.chosen() ? "*" : " ", r.method().code(),
                        ToolOutput.num(r.mase()), ToolOutput.num(r.smape()), ToolOutput.num(r.mape()), ToolOutput.num(r.mae()),
                        ToolOutput.pct(r.coverage80()), ToolOutput.pct(r.coverage95())));
            }
            for (Excluded e : f.backtest().excluded()) {
                s.append("    not compared: ").append(e.method().code()).append(": ").append(e.reason()).append('\n');
            }
        }
        ToolOutput.notesAndSql(s, f.notes(), f.sql());
        return s.toString();
    }

    private static String interval(Double lo, Double hi) {
        return lo == null ? "n/a" : "[" + ToolOutput.num(lo) + ", " + ToolOutput.num(hi) + "]";
    }
}

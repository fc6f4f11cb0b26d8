package com.shopsight.agent.planner;

import com.shopsight.tools.forecast.BacktestRow;
import com.shopsight.tools.forecast.Facts;
import com.shopsight.tools.forecast.ForecastResult;
import com.shopsight.tools.forecast.ForecastRow;
import com.shopsight.tools.forecast.ForecastTotal;
import com.shopsight.tools.forecast.Method;
import java.util.List;
import java.util.Locale;

/**
 * The words of a forecast answer, every figure read from the tool's result: the total over the
 * horizon and the next period with their intervals, the trend against the last periods, and the
 * method with the backtest error that chose it.
 */
final class ForecastText {
    private ForecastText() {}

    /**
     * @param what the series in words ("units sold, product type Trousers")
     * @param format the metric's format in the semantic model (integer or price)
     */
    static String of(ForecastResult.Forecast f, String what, ForecastHorizon h, String format) {
        String unit = f.frequency() == null ? "period" : f.frequency().unit();
        StringBuilder sb = new StringBuilder("**Forecast of ").append(what).append(", ").append(h.words()).append(":** ");
        ForecastRow next = f.forecast().get(0);
        if (f.forecast().size() > 1) {
            ForecastTotal t = f.total();
            sb.append("**").append(figure(t.point(), format)).append("** in total")
                    .append(bounds(t.lo80(), t.hi80(), t.lo95(), t.hi95(), format)).append(".\n\n- Next ").append(unit)
                    .append(" (").append(period(unit, next.period())).append("): **").append(figure(next.point(), format))
                    .append("**").append(bounds(next.lo80(), next.hi80(), next.lo95(), next.hi95(), format)).append('\n');
        } else {
            sb.append("**").append(figure(next.point(), format)).append("** in the ").append(unit).append(" of ")
                    .append(next.period()).append(bounds(next.lo80(), next.hi80(), next.lo95(), next.hi95(), format))
                    .append(".\n\n");
        }
        sb.append("- Trend: ").append(trend(f.facts(), unit, format)).append('\n');
        sb.append("- Method: ").append(method(f, unit)).append('\n');
        return sb.toString().strip();
    }

    /** The method in words: "Holt-Winters with an additive season". */
    static String name(Method m) {
        return switch (m) {
            case NAIVE -> "naive (the last period carried forward)";
            case SEASONAL_NAIVE -> "seasonal naive (the same period a season earlier)";
            case SEASONAL_NAIVE_SCALED -> "scaled seasonal naive (a season earlier, scaled to the recent level)";
            case DRIFT -> "drift (the average change carried on)";
            case WEIGHTED_AVERAGE_TREND -> "weighted average plus trend";
            case SES -> "simple exponential smoothing";
            case HOLT_DAMPED -> "Holt's damped trend";
            case HOLT_WINTERS_ADDITIVE -> "Holt-Winters with an additive season";
            case HOLT_WINTERS_MULTIPLICATIVE -> "Holt-Winters with a multiplicative season";
        };
    }

    private static String trend(Facts x, String unit, String format) {
        String change = x.expectedChangePct() == null ? ""
                : String.format(Locale.ROOT, " (%+.1f%%)", x.expectedChangePct());
        String recent = x.recentPeriods() == 1 ? "the last " + unit : "the last " + x.recentPeriods() + " " + unit + "s";
        String season = switch (x.seasonality()) {
            case "unknown" -> "";
            case "none" -> "; no seasonality";
            default -> "; " + x.seasonality() + " seasonality";
        };
        return "**" + x.trendDirection() + "**: " + figure(x.forecastMean(), format) + " a " + unit + " on average, against "
                + figure(x.recentMean(), format) + " in " + recent + change + season + ".";
    }

    private static String method(ForecastResult.Forecast f, String unit) {
        String chosen = "**" + name(f.method()) + "**";
        if (f.backtest() == null) {
            return chosen + ": the history is too short to compare methods on held-out " + unit + "s.";
        }
        List<BacktestRow> rows = f.backtest().rows();
        BacktestRow best = rows.stream().filter(BacktestRow::chosen).findFirst().orElse(rows.get(0));
        BacktestRow runnerUp = rows.stream().filter(r -> !r.chosen()).findFirst().orElse(null);
        StringBuilder sb = new StringBuilder(chosen).append(", chosen by a rolling-origin backtest over ")
                .append(f.backtest().origins()).append(" origins (").append(f.backtest().horizon()).append(' ').append(unit)
                .append(f.backtest().horizon() == 1 ? "" : "s").append(" ahead each): mean MASE ")
                .append(mase(best));
        if (runnerUp != null) {
            sb.append(" against ").append(mase(runnerUp)).append(" for ").append(name(runnerUp.method()))
                    .append(", the next best");
        }
        return sb.append(" (below 1 beats the naive benchmark).").toString();
    }

    private static String mase(BacktestRow r) {
        return r.mase() == null ? "n/a" : String.format(Locale.ROOT, "%.2f", r.mase());
    }

    private static String bounds(Double lo80, Double hi80, Double lo95, Double hi95, String format) {
        if (lo80 == null || hi80 == null) {
            return " (too little history for intervals)";
        }
        return " (80 % interval " + figure(lo80, format) + " to " + figure(hi80, format) + "; 95 % " + figure(lo95, format)
                + " to " + figure(hi95, format) + ")";
    }

    private static String period(String unit, String start) {
        return unit.equals("day") ? start : unit + " of " + start;
    }

    /** A forecast figure: whole units, prices to the semantic model's precision. */
    static String figure(double v, String format) {
        return "price".equals(format) ? Numbers.format(v, "price") : String.format(Locale.ROOT, "%,.0f", v);
    }
}

package com.shopsight.agent.planner;

import com.shopsight.tools.forecast.ForecastParams;
import com.shopsight.tools.forecast.Frequency;
import java.util.Map;

/**
 * How far ahead a forecast looks, and in what periods: "weekly" or "monthly" in the question
 * sets the period; otherwise the horizon's unit does ("next 3 months" is monthly, "next 10
 * days" daily, "next year" twelve months); otherwise weeks. A horizon in other units than the
 * periods is converted by the days they span ("weekly for the next 2 months" is 9 weeks).
 *
 * @param frequency the period length
 * @param periods how many periods ahead, 1 to {@link ForecastParams#MAX_HORIZON}
 * @param note what the user should know about the horizon (one cut to the longest), or null
 */
record ForecastHorizon(Frequency frequency, int periods, String note) {
    private static final Map<String, Double> DAYS = Map.of("days", 1.0, "weeks", 7.0, "months", 365.25 / 12, "years", 365.25);

    static ForecastHorizon of(SemanticQuery q) {
        ToolRequest t = q.tool();
        Frequency f = q.dimensions().stream().filter(TimeDimensions::isTime).findFirst().map(ForecastHorizon::frequency)
                .orElse(t.unit() == null ? Frequency.WEEK : frequency(TimeDimensions.ofUnit(t.unit())));
        if (t.horizon() == null) {
            return new ForecastHorizon(f, ForecastParams.DEFAULT_HORIZON, null);
        }
        double days = t.horizon() * DAYS.get(t.unit());
        int periods = (int) Math.max(1, Math.round(days / DAYS.get(f.unit() + "s")));
        if (periods > ForecastParams.MAX_HORIZON) {
            return new ForecastHorizon(f, ForecastParams.MAX_HORIZON, "The forecast looks at most "
                    + ForecastParams.MAX_HORIZON + " " + f.unit() + "s ahead, so it stops there rather than at the next "
                    + t.horizon() + " " + t.unit() + ".");
        }
        return new ForecastHorizon(f, periods, null);
    }

    /** "the next 4 weeks", "the next month". */
    String words() {
        return periods == 1 ? "the next " + frequency.unit() : "the next " + periods + " " + frequency.unit() + "s";
    }

    /** The period of a time dimension: a year forecasts month by month, too few years to forecast otherwise. */
    private static Frequency frequency(String dimension) {
        return switch (dimension) {
            case "day" -> Frequency.DAY;
            case "week" -> Frequency.WEEK;
            default -> Frequency.MONTH;
        };
    }
}

package com.shopsight.tools.chart;

import com.shopsight.tools.forecast.ForecastResult;
import com.shopsight.tools.forecast.ForecastRow;
import com.shopsight.tools.forecast.HistoryPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A forecast as the table a {@link Shows.Forecast} chart draws: the last periods of history,
 * then the forecast with its 80 % band, told apart by a {@code part} column.
 */
public final class ForecastTable {
    private ForecastTable() {}

    /**
     * The table with columns {@code period}, {@code measure}, lower_80, upper_80 and part.
     *
     * @param historyShown how many of the latest history periods to show
     * @throws java.time.format.DateTimeParseException when the periods are not ISO dates
     */
    public static ChartTable of(ForecastResult.Forecast f, int historyShown, String period, String measure) {
        List<HistoryPoint> history = f.history().subList(Math.max(0, f.history().size() - historyShown), f.history().size());
        List<List<Object>> rows = new ArrayList<>();
        for (HistoryPoint h : history) {
            rows.add(Arrays.asList(LocalDate.parse(h.period()), h.value(), null, null, "history"));
        }
        if (!history.isEmpty()) {
            // The forecast line starts at the last actual period, so the two lines meet.
            HistoryPoint last = history.get(history.size() - 1);
            rows.add(Arrays.asList(LocalDate.parse(last.period()), last.value(), last.value(), last.value(), "forecast"));
        }
        for (ForecastRow r : f.forecast()) {
            rows.add(Arrays.asList(LocalDate.parse(r.period()), r.point(), r.lo80(), r.hi80(), "forecast"));
        }
        return new ChartTable(List.of(period, measure, "lower_80", "upper_80", "part"), rows, null);
    }

    /** How a chart of {@link #of} shows it. */
    public static Shows.Forecast shows(String period, String measure) {
        return new Shows.Forecast(period, measure, "lower_80", "upper_80", "part");
    }
}

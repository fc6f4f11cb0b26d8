package com.shopsight.tools.report;

import com.shopsight.tools.chart.ChartParams;
import com.shopsight.tools.chart.ChartResult;
import com.shopsight.tools.chart.ChartTable;
import com.shopsight.tools.chart.ChartTool;
import com.shopsight.tools.chart.Shows;
import com.shopsight.tools.forecast.ForecastResult;
import com.shopsight.tools.forecast.ForecastRow;
import com.shopsight.tools.forecast.HistoryPoint;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The report's chart: the last year of weekly units and the forecast with its 80 % band, by the chart tool. */
final class ReportChart {
    private static final int WEEKS_SHOWN = 52;

    private ReportChart() {}

    static ChartResult of(ForecastResult.Forecast f, String subject) {
        List<List<Object>> rows = new ArrayList<>();
        List<HistoryPoint> history = f.history().subList(Math.max(0, f.history().size() - WEEKS_SHOWN), f.history().size());
        try {
            for (HistoryPoint h : history) {
                rows.add(Arrays.asList(LocalDate.parse(h.period()), h.value(), null, null, "history"));
            }
            if (!history.isEmpty()) {
                // The forecast line starts at the last actual week, so the two lines meet.
                HistoryPoint last = history.get(history.size() - 1);
                rows.add(Arrays.asList(LocalDate.parse(last.period()), last.value(), last.value(), last.value(), "forecast"));
            }
            for (ForecastRow r : f.forecast()) {
                rows.add(Arrays.asList(LocalDate.parse(r.period()), r.point(), r.lo80(), r.hi80(), "forecast"));
            }
        } catch (DateTimeParseException e) {
            return new ChartResult.NotCharted("the periods are not dates: " + e.getParsedString(), null);
        }
        ChartTable table = new ChartTable(List.of("week", "units", "lower_80", "upper_80", "part"), rows, null);
        return new ChartTool().run(ChartParams.of(table, new Shows.Forecast("week", "units", "lower_80", "upper_80", "part"))
                .withTitle("Weekly units of " + subject + ": history and forecast"));
    }
}

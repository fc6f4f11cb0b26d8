package com.shopsight.tools.report;

import com.shopsight.tools.chart.ChartParams;
import com.shopsight.tools.chart.ChartResult;
import com.shopsight.tools.chart.ChartTable;
import com.shopsight.tools.chart.ChartTool;
import com.shopsight.tools.chart.ForecastTable;
import com.shopsight.tools.forecast.ForecastResult;
import java.time.format.DateTimeParseException;

/** The report's chart: the last year of weekly units and the forecast with its 80 % band, by the chart tool. */
final class ReportChart {
    private static final int WEEKS_SHOWN = 52;

    private ReportChart() {}

    static ChartResult of(ForecastResult.Forecast f, String subject) {
        ChartTable table;
        try {
            table = ForecastTable.of(f, WEEKS_SHOWN, "week", "units");
        } catch (DateTimeParseException e) {
            return new ChartResult.NotCharted("the periods are not dates: " + e.getParsedString(), null);
        }
        return new ChartTool().run(ChartParams.of(table, ForecastTable.shows("week", "units"))
                .withTitle("Weekly units of " + subject + ": history and forecast"));
    }
}

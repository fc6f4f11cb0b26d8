package com.shopsight.agent.planner;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopsight.agent.answer.Table;
import com.shopsight.tools.chart.ChartParams;
import com.shopsight.tools.chart.ChartResult;
import com.shopsight.tools.chart.ChartTable;
import com.shopsight.tools.chart.ChartTool;
import com.shopsight.tools.chart.ForecastTable;
import com.shopsight.tools.chart.Shows;
import com.shopsight.tools.forecast.ForecastResult;

/**
 * Charts of tool answers, drawn by the chart tool: a forecast as its recent history and the
 * forecast with the 80 % interval as a band (history solid, forecast dashed), and the rankings
 * of other tools (segments by index or size, customers by risk, rules by lift) as sorted bars.
 * A table the chart tool cannot draw makes no chart rather than a wrong one.
 */
final class ToolCharts {
    /** How much history a forecast chart shows: two seasons of weeks or months, eight weeks of days. */
    private static final int HISTORY_SHOWN = 104;
    private static final int DAYS_SHOWN = 56;

    private final ChartTool tool = new ChartTool();

    JsonNode forecast(ForecastResult.Forecast f, String measure, String title) {
        if (f.frequency() == null) {
            return null;
        }
        String period = f.frequency().unit();
        int shown = period.equals("day") ? DAYS_SHOWN : HISTORY_SHOWN;
        ChartTable table = ForecastTable.of(f, shown, period, measure);
        return draw(table, ForecastTable.shows(period, measure),
                title + " (band: 80 % interval)");
    }

    /** Sorted bars of {@code measure} by {@code category}, largest first. */
    JsonNode ranking(Table t, String category, String measure, String title) {
        return draw(ChartTables.of(t, null), new Shows.Ranking(category, measure), title);
    }

    private JsonNode draw(ChartTable table, Shows shows, String title) {
        ChartResult r = tool.run(ChartParams.of(table, shows).withTitle(title));
        return r instanceof ChartResult.Chart c ? c.spec() : null;
    }
}

package com.shopsight.agent.planner;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopsight.agent.answer.Table;
import com.shopsight.tools.forecast.ForecastResult;

/** Charts of tool answers. (Stub until the chart tool lands.) */
final class ToolCharts {
    JsonNode forecast(ForecastResult.Forecast f, String measure, String title) {
        return null;
    }

    JsonNode ranking(Table t, String category, String measure, String title) {
        return null;
    }
}

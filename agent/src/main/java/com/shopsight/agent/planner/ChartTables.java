package com.shopsight.agent.planner;

import com.shopsight.agent.answer.Table;
import com.shopsight.tools.chart.ChartTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Answer tables as the chart tool reads them: dates, which an answer carries as ISO text,
 * become dates again, so a series is drawn along time and not as a list of labels.
 */
final class ChartTables {
    private ChartTables() {}

    static ChartTable of(Table t, String sql) {
        List<String> columns = t.columns().stream().map(Table.Column::name).toList();
        List<List<Object>> rows = new ArrayList<>(t.rows().size());
        for (List<Object> row : t.rows()) {
            List<Object> out = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                out.add(value(t.columns().get(i), row.get(i)));
            }
            rows.add(out);
        }
        return new ChartTable(columns, rows, sql);
    }

    private static Object value(Table.Column c, Object v) {
        if (v instanceof String s && c.type().startsWith("DATE") && s.length() >= 10) {
            return LocalDate.parse(s.substring(0, 10));
        }
        if (v instanceof Number n && c.name().equals("year")) {
            // A year on a time axis is its first day; as a number it would read "2,019".
            return LocalDate.of(n.intValue(), 1, 1);
        }
        return v;
    }
}

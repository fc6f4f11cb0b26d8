package com.shopsight.tools.chart;

import java.util.ArrayList;
import java.util.List;

/** Adds each part's share of the total as a column, so the spec shows it without computing it. */
final class Shares {
    private Shares() {}

    /** The name of the added column: "share", or "share_of_total" when the table has a "share" already. */
    static String column(ChartTable t) {
        return t.indexOf("share") < 0 ? "share" : "share_of_total";
    }

    static ChartTable add(ChartTable t, Shows.Share s) {
        int i = t.indexOf(s.measure());
        double total = 0;
        for (List<Object> r : t.rows()) {
            if (r.get(i) instanceof Number n) {
                total += n.doubleValue();
            }
        }
        List<String> columns = new ArrayList<>(t.columns());
        columns.add(column(t));
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> r : t.rows()) {
            List<Object> row = new ArrayList<>(r);
            row.add(r.get(i) instanceof Number n && total > 0 ? n.doubleValue() / total : null);
            rows.add(row);
        }
        return new ChartTable(columns, rows, t.sql());
    }
}

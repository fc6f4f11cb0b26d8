package com.shopsight.agent.planner;

import com.shopsight.agent.answer.Table;
import java.util.ArrayList;
import java.util.List;

/** Answer tables made from tool results: named, typed columns over rows of plain values. */
final class ToolTables {
    private ToolTables() {}

    /** A table whose columns are "name TYPE" pairs, in order ("week DATE", "risk DOUBLE"). */
    static Table of(List<String> columns, List<List<Object>> rows) {
        List<Table.Column> typed = new ArrayList<>(columns.size());
        for (String c : columns) {
            int space = c.lastIndexOf(' ');
            typed.add(new Table.Column(c.substring(0, space), c.substring(space + 1)));
        }
        return new Table(typed, rows);
    }
}

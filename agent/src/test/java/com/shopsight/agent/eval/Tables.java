package com.shopsight.agent.eval;

import com.shopsight.agent.answer.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Tables for tests: written out by hand, or the result of real SQL. */
final class Tables {
    private Tables() {}

    /** A table with the given column names (all typed VARCHAR; the scorer ignores types) and rows. */
    static Table of(String names, Object[]... rows) {
        List<Table.Column> columns = new ArrayList<>();
        for (String name : names.split(",")) {
            columns.add(new Table.Column(name.trim(), "VARCHAR"));
        }
        List<List<Object>> list = new ArrayList<>();
        for (Object[] row : rows) {
            list.add(Arrays.asList(row));
        }
        return new Table(columns, list);
    }

    static Object[] row(Object... values) {
        return values;
    }

    /** The result of {@code sql} on {@code conn}. */
    static Table query(Connection conn, String sql) {
        try {
            return ResultTables.query(conn, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " in: " + sql, e);
        }
    }
}

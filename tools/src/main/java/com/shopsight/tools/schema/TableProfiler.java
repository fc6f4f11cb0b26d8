package com.shopsight.tools.schema;

import com.shopsight.tools.progress.Progress;
import com.shopsight.tools.schema.ColumnDoc.NumericSummary;
import com.shopsight.tools.schema.ColumnDoc.ValueCount;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** Measures every column of a table with a few aggregate queries per column. */
final class TableProfiler {
    /** Lower-cased, trimmed text values that people and tools write for "unknown". */
    static final List<String> PLACEHOLDER_TEXTS =
            List.of("", "-", "?", "unknown", "undefined", "n/a", "na", "null", "nan", "missing", "not available");
    private static final int TOP_VALUES = 10;
    private static final int EXAMPLES = 3;

    private final Connection conn;

    TableProfiler(Connection conn) {
        this.conn = conn;
    }

    /** A measured table. */
    record TableProfile(Catalog.Table table, long rowCount, List<ColumnProfile> columns) {
        TableProfile {
            columns = List.copyOf(columns);
        }

        String name() {
            return table.name();
        }

        ColumnProfile column(String name) {
            return columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst().orElse(null);
        }
    }

    TableProfile profile(Catalog.Table table, Progress progress) {
        progress.start("learn " + table.name(), table.columns().size() + 1L);
        String from = " FROM " + Sql.quote(table.name());
        long rows = Sql.asLong(Sql.row(conn, "SELECT count(*)" + from)[0]);
        progress.advance(1);
        List<ColumnProfile> columns = new ArrayList<>();
        for (Catalog.Column column : table.columns()) {
            columns.add(column(from, rows, column));
            progress.advance(1);
        }
        progress.finish();
        return new TableProfile(table, rows, columns);
    }

    private ColumnProfile column(String from, long rows, Catalog.Column column) {
        String q = Sql.quote(column.name());
        TypeFamily family = column.family();
        if (family == TypeFamily.NESTED) {
            long nonNull = Sql.asLong(Sql.row(conn, "SELECT count(" + q + ")" + from)[0]);
            return new ColumnProfile(column, rows, rows - nonNull, 0, null, null, null, null,
                    List.of(), List.of(), List.of());
        }
        String text = "CAST(" + q + " AS VARCHAR)";
        StringBuilder sql = new StringBuilder("SELECT count(" + q + "), count(DISTINCT " + q + "), CAST(min(" + q
                + ") AS VARCHAR), CAST(max(" + q + ") AS VARCHAR)");
        if (family.numeric()) {
            String d = "CAST(" + q + " AS DOUBLE)";
            sql.append(", favg(").append(d).append("), quantile_cont(").append(d)
                    .append(", [0.01, 0.25, 0.5, 0.75, 0.99])");
        }
        if (family == TypeFamily.STRING) {
            sql.append(", favg(length(").append(text).append("))");
        }
        Object[] r = Sql.row(conn, sql.append(from).toString());
        long nonNull = Sql.asLong(r[0]);
        long distinct = Sql.asLong(r[1]);
        NumericSummary numeric = family.numeric() && r[4] != null ? numeric(r[4], Sql.strings(r[5])) : null;
        Double avgLength = family == TypeFamily.STRING && r[4] != null
                ? Rounding.significant(((Number) r[4]).doubleValue(), 3) : null;
        int limit = distinct <= ColumnDoc.ALL_VALUES_LIMIT ? ColumnDoc.ALL_VALUES_LIMIT : TOP_VALUES;
        List<ValueCount> values = counts("SELECT " + text + ", count(*) AS n" + from + " WHERE " + q
                + " IS NOT NULL GROUP BY " + q + " ORDER BY n DESC, " + q + " LIMIT " + limit, rows);
        List<String> examples = Sql.rows(conn, "SELECT DISTINCT " + text + ", hash(" + q + ") AS h" + from
                + " WHERE " + q + " IS NOT NULL ORDER BY h, 1 LIMIT " + EXAMPLES).stream()
                .map(x -> (String) x[0]).toList();
        return new ColumnProfile(column, rows, rows - nonNull, distinct, Sql.asString(r[2]), Sql.asString(r[3]),
                numeric, avgLength, values, placeholders(from, q, text, family, rows), examples);
    }

    private List<ValueCount> placeholders(String from, String q, String text, TypeFamily family, long rows) {
        String predicate;
        if (family == TypeFamily.STRING) {
            predicate = "lower(trim(" + text + ")) IN ("
                    + String.join(", ", PLACEHOLDER_TEXTS.stream().map(s -> "'" + s + "'").toList()) + ")";
        } else if (family == TypeFamily.INTEGER) {
            predicate = q + " = -1";
        } else {
            return List.of();
        }
        return counts("SELECT " + text + ", count(*) AS n" + from + " WHERE " + predicate
                + " GROUP BY " + q + " ORDER BY n DESC, " + q + " LIMIT 10", rows);
    }

    private List<ValueCount> counts(String sql, long rows) {
        List<ValueCount> values = new ArrayList<>();
        for (Object[] v : Sql.rows(conn, sql)) {
            long n = Sql.asLong(v[1]);
            values.add(new ValueCount((String) v[0], n, Rounding.share(n, rows)));
        }
        return values;
    }

    private static NumericSummary numeric(Object mean, List<String> q) {
        return new NumericSummary(sig(Double.parseDouble(mean.toString())), sig(Double.parseDouble(q.get(0))),
                sig(Double.parseDouble(q.get(1))), sig(Double.parseDouble(q.get(2))),
                sig(Double.parseDouble(q.get(3))), sig(Double.parseDouble(q.get(4))));
    }

    private static double sig(double v) {
        return Rounding.significant(v, 6);
    }
}

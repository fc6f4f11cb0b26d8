package com.shopsight.tools.data;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Checks a staged table's values before anything is written: required values present,
 * values convertible to the H&M types, channels 1 or 2, prices not negative, ids unique.
 * Each problem names the file, the row and the value; a few examples per check, then a count.
 */
final class StageChecks {
    static final int EXAMPLES = 5;
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "articles", List.of("article_id"),
            "customers", List.of("customer_id"),
            "transactions", List.of("t_dat", "customer_id", "article_id", "price", "sales_channel_id"));
    private static final Map<String, String> KEYS = Map.of("articles", "article_id", "customers", "customer_id");

    private StageChecks() {}

    /** One condition over stage rows that marks a bad row, and how to say what is wrong with its value. */
    private record Check(String column, String condition, String value, UnaryOperator<String> message) {}

    static List<LoadProblem> check(Connection conn, StagedTable t) {
        List<Check> checks = checks(t);
        List<LoadProblem> problems = new ArrayList<>();
        if (!checks.isEmpty()) {
            String counts = checks.stream().map(c -> "count(*) FILTER (WHERE " + c.condition() + ")")
                    .collect(Collectors.joining(", "));
            List<Long> bad = Sql.query(conn, "SELECT " + counts + " FROM " + t.stageName(), rs -> {
                List<Long> n = new ArrayList<>();
                for (int i = 1; i <= checks.size(); i++) {
                    n.add(rs.getLong(i));
                }
                return n;
            }).get(0);
            for (int i = 0; i < checks.size(); i++) {
                if (bad.get(i) > 0) {
                    problems.addAll(examples(conn, t, checks.get(i), bad.get(i)));
                }
            }
        }
        String key = KEYS.get(t.table().name());
        if (key != null && t.sourceTypes().containsKey(key)) {
            problems.addAll(duplicates(conn, t, key));
        }
        return problems;
    }

    private static List<Check> checks(StagedTable t) {
        List<Check> checks = new ArrayList<>();
        for (String column : t.sourceTypes().keySet()) {
            String raw = Conversions.raw(t, column);
            String conv = Conversions.convert(t, column);
            String text = "CAST(" + Sql.ident(column) + " AS VARCHAR)";
            if (REQUIRED.get(t.table().name()).contains(column)) {
                checks.add(new Check(column, raw + " IS NULL", text, v -> "is empty; every row needs a " + column));
            }
            if (Conversions.needsCheck(t, column)) {
                String words = column.equals("article_id") ? "is not an article id (up to 10 digits, as 0108775015)"
                        : Values.typeWords(Conversions.typeOf(t.table(), column));
                checks.add(new Check(column, raw + " IS NOT NULL AND " + conv + " IS NULL", text,
                        v -> "\"" + Values.clip(v) + "\" " + words));
            }
            if (column.equals("sales_channel_id")) {
                checks.add(new Check(column, conv + " NOT IN (1, 2)", text,
                        v -> "\"" + v + "\" is not 1 (store) or 2 (online)"));
            }
            if (column.equals("price")) {
                checks.add(new Check(column, conv + " < 0", text, v -> "\"" + v + "\" is negative"));
            }
        }
        return checks;
    }

    private static List<LoadProblem> examples(Connection conn, StagedTable t, Check check, long count) {
        List<LoadProblem> out = new ArrayList<>(Sql.query(conn, "SELECT " + t.fileExpr() + " AS f, " + t.rowExpr()
                + " AS r, " + check.value() + " FROM " + t.stageName() + " WHERE " + check.condition()
                + " ORDER BY f, r LIMIT " + EXAMPLES,
                rs -> new LoadProblem(t.source().name(rs.getString(1)), check.column(), 0, rs.getLong(2),
                        check.message().apply(rs.getString(3)))));
        if (count > EXAMPLES) {
            out.add(new LoadProblem(t.source().display(), check.column(), 0, 0,
                    "and " + (count - EXAMPLES) + " more rows like these"));
        }
        return out;
    }

    /** Keys that appear more than once, each located at its second occurrence. */
    private static List<LoadProblem> duplicates(Connection conn, StagedTable t, String key) {
        String conv = Conversions.convert(t, key);
        String keyed = "SELECT " + t.fileExpr() + " AS f, " + t.rowExpr() + " AS r, " + conv + " AS k FROM "
                + t.stageName() + " WHERE " + conv + " IS NOT NULL";
        long total = Sql.number(conn, "SELECT count(*) FROM (SELECT k FROM (" + keyed + ") GROUP BY k HAVING count(*) > 1)");
        if (total == 0) {
            return List.of();
        }
        List<LoadProblem> out = new ArrayList<>(Sql.query(conn, "SELECT f, r, k, n FROM (SELECT f, r, k, "
                + "row_number() OVER (PARTITION BY k ORDER BY f, r) AS i, count(*) OVER (PARTITION BY k) AS n FROM ("
                + keyed + ")) WHERE i = 2 ORDER BY f, r LIMIT " + EXAMPLES,
                rs -> new LoadProblem(t.source().name(rs.getString(1)), key, 0, rs.getLong(2), "\"" + rs.getString(3)
                        + "\" appears " + rs.getLong(4) + " times; each " + key + " must be unique")));
        if (total > EXAMPLES) {
            out.add(new LoadProblem(t.source().display(), key, 0, 0, "and " + (total - EXAMPLES) + " more duplicated ids"));
        }
        return out;
    }

    /** What the conversion changed without losing anything: padded ids, types converted. */
    static List<String> notices(Connection conn, StagedTable t) {
        List<String> notices = new ArrayList<>();
        String name = t.source().display();
        String idType = t.sourceTypes().get("article_id");
        if ("VARCHAR".equals(idType)) {
            long padded = Sql.number(conn, "SELECT count(*) FROM " + t.stageName() + " WHERE length(\"article_id\") < 10");
            if (padded > 0) {
                notices.add(name + ": " + padded + " article_id values had fewer than 10 digits; padded with leading zeros");
            }
        } else if (idType != null) {
            notices.add(name + ": article_id is stored as " + idType + "; written as 10-digit text with leading zeros, as in H&M's CSV");
        }
        List<String> converted = t.sourceTypes().entrySet().stream()
                .filter(e -> !e.getKey().equals("article_id") && !e.getValue().equals(Conversions.typeOf(t.table(), e.getKey())))
                .map(e -> e.getKey() + " " + e.getValue() + " -> " + Conversions.typeOf(t.table(), e.getKey()))
                .toList();
        if (!converted.isEmpty()) {
            notices.add(name + ": converted " + String.join(", ", converted));
        }
        return notices;
    }
}

package com.shopsight.tools.basket;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the one query that reads the baskets, so the database does the heavy part: it
 * counts items, ranks the frequent ones, and groups the baskets by their set of frequent
 * items, which is the FP-tree's compression done before any row reaches Java. The result has
 * the columns {@code kind, rank, item, label, ranks, weight}, with one row per kind:
 * <ul>
 *   <li>{@code baskets}: {@code weight} is the number of baskets;</li>
 *   <li>{@code item}: a frequent item with its {@code rank} (0 = in the most baskets), its
 *       {@code label} (the article name at article level) and its basket count; the filter's
 *       item comes too when it exists but is not frequent, with no rank;</li>
 *   <li>{@code set}: a distinct set of two or more frequent items ({@code ranks}, space
 *       separated and increasing) and how many baskets hold exactly that set.</li>
 * </ul>
 */
final class BasketSql {
    private BasketSql() {}

    static String build(Baskets baskets, double minSupport, String filterItem) {
        Source source = source(baskets);
        String keys = String.join(", ", source.keys());
        String label = source.articles() ? "(SELECT any_value(prod_name) FROM articles WHERE article_id = f.item)" : "NULL";
        StringBuilder sql = new StringBuilder();
        // MATERIALIZED: the pairs feed three aggregates; reading the transactions once is the point.
        sql.append("WITH pairs AS MATERIALIZED (").append(source.pairs()).append("),\n")
                .append("item_counts AS (SELECT item, count(*) AS n FROM pairs GROUP BY item),\n")
                .append("basket_count AS (SELECT count(*) AS n FROM (SELECT DISTINCT ").append(keys).append(" FROM pairs) AS b),\n")
                .append("frequent AS (SELECT item, n, row_number() OVER (ORDER BY n DESC, item) - 1 AS rank FROM item_counts\n")
                .append("  WHERE n >= (SELECT greatest(1, ceil(").append(decimal(minSupport)).append(" * n)) FROM basket_count)),\n")
                .append("sets AS (SELECT list(f.rank ORDER BY f.rank) AS ranks FROM pairs AS p JOIN frequent AS f ON f.item = p.item\n")
                .append("  GROUP BY ").append(qualified(source.keys())).append(" HAVING count(*) >= 2)\n")
                .append("SELECT 'baskets' AS kind, CAST(NULL AS BIGINT) AS rank, CAST(NULL AS VARCHAR) AS item, CAST(NULL AS VARCHAR) AS label,")
                .append(" CAST(NULL AS VARCHAR) AS ranks, n AS weight FROM basket_count\n")
                .append("UNION ALL SELECT 'item', f.rank, f.item, ").append(label).append(", NULL, f.n FROM frequent AS f\n");
        if (filterItem != null) {
            sql.append("UNION ALL SELECT 'item', NULL, c.item, NULL, NULL, c.n FROM item_counts AS c\n")
                    .append("  WHERE lower(c.item) = lower(").append(literal(filterItem)).append(") AND c.item NOT IN (SELECT item FROM frequent)\n");
        }
        sql.append("UNION ALL SELECT 'set', NULL, NULL, NULL, array_to_string(ranks, ' '), count(*) FROM sets GROUP BY ranks");
        return sql.toString();
    }

    /** Where the (basket, item) pairs come from: the select and the basket key columns. */
    private record Source(String pairs, List<String> keys, boolean articles) {}

    private static Source source(Baskets baskets) {
        if (baskets instanceof Baskets.Query q) {
            return new Source("SELECT DISTINCT basket_id AS k1, CAST(item AS VARCHAR) AS item FROM (" + stripSemicolon(q.sql())
                    + "\n) AS input WHERE basket_id IS NOT NULL AND item IS NOT NULL", List.of("k1"), false);
        }
        ItemLevel level;
        LocalDate from;
        LocalDate to;
        List<String> keys;
        String keySelect;
        if (baskets instanceof Baskets.CustomerDay d) {
            level = d.level();
            from = d.from();
            to = d.to();
            keys = List.of("k1", "k2");
            keySelect = "t.customer_id AS k1, t.t_dat AS k2";
        } else {
            Baskets.CustomerWindow w = (Baskets.CustomerWindow) baskets;
            level = w.level();
            from = w.from();
            to = w.to();
            keys = List.of("k1");
            keySelect = "t.customer_id AS k1";
        }
        List<String> where = new ArrayList<>();
        String item;
        String join = "";
        if (level.isArticle()) {
            // No join needed: the article id is on the transaction.
            item = "t.article_id";
        } else {
            item = level.isText() ? "a." + level.column() : "CAST(a." + level.column() + " AS VARCHAR)";
            join = " JOIN articles AS a ON a.article_id = t.article_id";
            where.add("a." + level.column() + " IS NOT NULL");
        }
        if (from != null) {
            where.add("t.t_dat >= DATE '" + from + "'");
        }
        if (to != null) {
            where.add("t.t_dat <= DATE '" + to + "'");
        }
        String pairs = "SELECT DISTINCT " + keySelect + ", " + item + " AS item FROM transactions AS t" + join
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
        return new Source(pairs, keys, level.isArticle());
    }

    private static String qualified(List<String> keys) {
        return String.join(", ", keys.stream().map(k -> "p." + k).toList());
    }

    /**
     * A plain decimal literal: DuckDB reads it as an exact DECIMAL, so ceil(0.1 * 30) is 3, not
     * the 4 that doubles give. Supports below 1e-12 round up to it; any basket count below 10^12
     * then needs one basket, as the exact threshold would.
     */
    static String decimal(double value) {
        return new BigDecimal(Double.toString(Math.max(value, 1e-12))).toPlainString();
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String stripSemicolon(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}

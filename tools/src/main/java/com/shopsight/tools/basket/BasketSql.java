package com.shopsight.tools.basket;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Builds the query that reads the baskets, so the database does the heavy part: it counts
 * items, ranks the frequent ones, and groups the baskets by their set of frequent items, which
 * is the FP-tree's compression done before any row reaches Java. Either plan returns the
 * columns {@code kind, rank, code, item, label, bits, weight}, one row per
 * <ul>
 *   <li>{@code baskets}: {@code weight} is the number of baskets;</li>
 *   <li>{@code item}: a frequent item with its {@code rank} (0 = in the most baskets), its
 *       {@code code} (mask plan), its {@code label} (the article name at article level) and its
 *       basket count; the filter's item comes too when it exists but is not frequent, with no
 *       rank;</li>
 *   <li>{@code set}: a distinct set of two or more frequent items ({@code bits}, see
 *       {@link BasketQuery.Plan}) and how many baskets hold exactly that set.</li>
 * </ul>
 */
final class BasketSql {
    /** Bits per mask word: 62 keeps every shifted bit clear of BIGINT's sign. */
    static final int WORD_BITS = 62;
    /** The most mask words; a column with more values than 8 x 62 takes the list plan. */
    static final int MAX_WORDS = 8;

    /** ceil(min support x baskets), at least 1, exactly: the support is a decimal literal. */
    private static final String MIN_COUNT = "(SELECT greatest(1, ceil(%s * n)) FROM basket_count)";

    private BasketSql() {}

    /** The query counting a level's distinct values, to choose the plan. */
    static String levelSize(ItemLevel level) {
        return "SELECT count(DISTINCT " + level.column() + ") AS n FROM articles";
    }

    /** The mask plan when the level has at most {@link #MAX_WORDS} words of values, else the list plan. */
    static BasketQuery build(Baskets baskets, long levelValues, double minSupport, String filterItem) {
        int words = (int) Math.max(1, (levelValues + WORD_BITS - 1) / WORD_BITS);
        if (baskets instanceof Baskets.Query || words > MAX_WORDS || level(baskets).isArticle()) {
            return new BasketQuery(list(baskets, minSupport, filterItem), BasketQuery.Plan.LIST, 0);
        }
        return new BasketQuery(mask(baskets, words, minSupport, filterItem), BasketQuery.Plan.MASK, words);
    }

    static String list(Baskets baskets, double minSupport, String filterItem) {
        Source source = source(baskets);
        String minCount = MIN_COUNT.formatted(decimal(minSupport));
        // MATERIALIZED: the pairs feed three aggregates; reading the transactions once is the point.
        return "WITH " + source.dictionaries() + "pairs AS MATERIALIZED (" + source.pairs() + "),\n"
                + "item_counts AS (SELECT item, count(*) AS n FROM pairs GROUP BY item),\n"
                + "named AS (SELECT item_counts.item AS key, " + source.itemName() + " AS item, item_counts.n FROM item_counts"
                + source.nameJoin() + "),\n"
                + "basket_count AS (SELECT count(DISTINCT k1) AS n FROM pairs),\n"
                + "frequent AS (SELECT key, item, n, row_number() OVER (ORDER BY n DESC, item) - 1 AS rank FROM named\n"
                + "  WHERE n >= " + minCount + "),\n"
                + "sets AS MATERIALIZED (SELECT row_number() OVER () AS id, ranks, count(*) AS w FROM (\n"
                + "  SELECT list(f.rank ORDER BY f.rank) AS ranks FROM pairs AS p JOIN frequent AS f ON f.key = p.item\n"
                + "  GROUP BY p.k1 HAVING count(*) >= 2) AS b GROUP BY ranks),\n"
                // Every item of a frequent itemset is in a frequent pair with each other one, so items in
                // no frequent pair can go: with thousands of frequent articles, that leaves a few hundred.
                // A self-join of the sets' elements: several times faster in DuckDB than a lateral range.
                + "elements AS MATERIALIZED (SELECT s.id, s.w, unnest(s.ranks) AS rank FROM sets AS s),\n"
                + "pair_counts AS (SELECT a.rank AS r1, b.rank AS r2 FROM elements AS a JOIN elements AS b ON b.id = a.id AND a.rank < b.rank\n"
                + "  GROUP BY 1, 2 HAVING sum(a.w) >= " + minCount + "),\n"
                + "paired AS (SELECT r1 AS rank FROM pair_counts UNION SELECT r2 FROM pair_counts),\n"
                + "projected AS (SELECT e.id, list(e.rank ORDER BY e.rank) AS ranks FROM elements AS e\n"
                + "  JOIN paired ON paired.rank = e.rank GROUP BY e.id HAVING count(*) >= 2)\n"
                + output(source.articles() ? "(SELECT any_value(prod_name) FROM articles WHERE article_id = f.item)" : "NULL",
                        "NULL", filterItem, "named", minCount, "UNION ALL SELECT 'set', NULL, NULL, NULL, NULL, array_to_string(p.ranks, ' '), sum(s.w)"
                        + " FROM projected AS p JOIN sets AS s ON s.id = p.id GROUP BY p.ranks");
    }

    static String mask(Baskets baskets, int words, double minSupport, String filterItem) {
        ItemLevel level = level(baskets);
        String col = "CAST(a." + level.column() + " AS VARCHAR)";
        IntFunction<String> bit = w -> "CASE WHEN c.code // " + WORD_BITS + " = " + w + " THEN CAST(1 AS BIGINT) << (c.code % "
                + WORD_BITS + ") ELSE CAST(0 AS BIGINT) END";
        return "WITH codes AS (SELECT item, CAST(row_number() OVER (ORDER BY item) - 1 AS INTEGER) AS code\n"
                + "  FROM (SELECT DISTINCT " + col + " AS item FROM articles AS a WHERE a." + level.column() + " IS NOT NULL) AS d),\n"
                + "art AS (SELECT a.article_id, " + each(words, w -> bit.apply(w) + " AS b" + w) + "\n"
                + "  FROM articles AS a JOIN codes AS c ON c.item = " + col + "),\n"
                + "baskets AS (SELECT " + each(words, w -> "bit_or(art.b" + w + ") AS m" + w)
                + " FROM transactions AS t JOIN art ON art.article_id = t.article_id" + where(baskets)
                + " GROUP BY " + basketKeys(baskets) + "),\n"
                + "sets_all AS MATERIALIZED (SELECT " + each(words, w -> "m" + w) + ", count(*) AS w FROM baskets GROUP BY "
                + each(words, w -> "m" + w) + "),\n"
                + "item_counts AS (SELECT c.code, c.item, sum(s.w) AS n FROM sets_all AS s JOIN codes AS c ON (CASE c.code // "
                + WORD_BITS + joined(words, "", w -> " WHEN " + w + " THEN s.m" + w) + " END >> (c.code % "
                + WORD_BITS + ")) & 1 = 1 GROUP BY c.code, c.item),\n"
                + "basket_count AS (SELECT coalesce(sum(w), 0) AS n FROM sets_all),\n"
                + frequent(minSupport, "code, item")
                + "keep AS (SELECT " + each(words, w -> "coalesce(bit_or(CASE WHEN code // " + WORD_BITS + " = " + w
                        + " THEN CAST(1 AS BIGINT) << (code % " + WORD_BITS + ") END), 0) AS f" + w) + " FROM frequent),\n"
                + "sets AS (SELECT " + each(words, w -> "s.m" + w + " & keep.f" + w + " AS x" + w) + ", sum(s.w) AS w\n"
                + "  FROM sets_all AS s CROSS JOIN keep GROUP BY " + each(words, w -> String.valueOf(w + 1))
                + " HAVING " + joined(words, " + ", w -> "bit_count(s.m" + w + " & keep.f" + w + ")") + " >= 2)\n"
                + output("NULL", "f.code", filterItem, "item_counts", MIN_COUNT.formatted(decimal(minSupport)),
                        "UNION ALL SELECT 'set', NULL, NULL, NULL, NULL, concat_ws(' ', " + each(words, w -> "x" + w) + "), w FROM sets");
    }

    private static String frequent(double minSupport, String columns) {
        return "frequent AS (SELECT " + columns + ", n, row_number() OVER (ORDER BY n DESC, item) - 1 AS rank FROM item_counts\n"
                + "  WHERE n >= " + MIN_COUNT.formatted(decimal(minSupport)) + "),\n";
    }

    /**
     * The result rows: the basket count, the frequent items, the filter's item when it is not
     * frequent, then {@code sets}; all in one sorted select. The sort makes DuckDB finish the
     * union before the gate's row-cap LIMIT reads it: streamed into that LIMIT, a union over
     * these CTEs can leave every DuckDB thread waiting on the others at full scale (seen with
     * DuckDB 2.0.0.1 at two threads), a hang that cancellation does not end. For the same
     * reason the filter's item is found by its count, not by NOT IN over {@code frequent}.
     */
    private static String output(String label, String code, String filterItem, String counts, String minCount, String sets) {
        String out = "SELECT * FROM (\n"
                + "SELECT 'baskets' AS kind, CAST(NULL AS BIGINT) AS rank, CAST(NULL AS INTEGER) AS code, CAST(NULL AS VARCHAR) AS item,"
                + " CAST(NULL AS VARCHAR) AS label, CAST(NULL AS VARCHAR) AS bits, CAST(n AS BIGINT) AS weight FROM basket_count\n"
                + "UNION ALL SELECT 'item', f.rank, " + code + ", f.item, " + label + ", NULL, f.n FROM frequent AS f\n";
        if (filterItem != null) {
            out += "UNION ALL SELECT 'item', NULL, NULL, c.item, NULL, NULL, c.n FROM " + counts + " AS c\n"
                    + "  WHERE lower(c.item) = lower(" + literal(filterItem) + ") AND c.n < " + minCount + "\n";
        }
        return out + sets + "\n) AS result ORDER BY kind";
    }

    /**
     * Where the (basket, item) pairs come from.
     *
     * @param dictionaries CTEs the pairs need, each ending with a comma, or empty
     * @param pairs the select of distinct (k1 basket key, item)
     * @param itemName how to name an item of {@code item_counts} (joined by {@code nameJoin})
     * @param nameJoin a join from item_counts to the item's name, or empty when items are names
     * @param articles whether items are articles, labelled with their names
     */
    private record Source(String dictionaries, String pairs, String itemName, String nameJoin, boolean articles) {}

    private static Source source(Baskets baskets) {
        if (baskets instanceof Baskets.Query q) {
            return new Source("", "SELECT DISTINCT basket_id AS k1, CAST(item AS VARCHAR) AS item FROM (" + stripSemicolon(q.sql())
                    + "\n) AS input WHERE basket_id IS NOT NULL AND item IS NOT NULL", "item", "", false);
        }
        // Customer ids are 64-character hashes: the distinct (basket, item) pairs are made on a
        // dense customer number and an item code instead, which keeps DuckDB's hash tables a
        // quarter of the size (and in memory at full scale).
        ItemLevel level = level(baskets);
        String col = "CAST(a." + level.column() + " AS VARCHAR)";
        String where = where(baskets);
        String dictionaries = "codes AS (SELECT item, CAST(row_number() OVER (ORDER BY item) AS INTEGER) AS code\n"
                + "  FROM (SELECT DISTINCT " + col + " AS item FROM articles AS a WHERE a." + level.column() + " IS NOT NULL) AS d),\n"
                + "art AS (SELECT a.article_id, c.code FROM articles AS a JOIN codes AS c ON c.item = " + col + "),\n"
                + "cust AS (SELECT customer_id, CAST(row_number() OVER () AS BIGINT) AS cid"
                + " FROM (SELECT DISTINCT t.customer_id FROM transactions AS t" + where + ") AS d),\n";
        String basket = baskets instanceof Baskets.CustomerDay
                ? "cust.cid * 1000000 + date_diff('day', DATE '1900-01-01', t.t_dat)"
                : "cust.cid";
        String pairs = "SELECT DISTINCT " + basket + " AS k1, art.code AS item FROM transactions AS t"
                + " JOIN cust ON cust.customer_id = t.customer_id JOIN art ON art.article_id = t.article_id" + where;
        return new Source(dictionaries, pairs, "codes.item", " JOIN codes ON codes.code = item_counts.item", level.isArticle());
    }

    private static ItemLevel level(Baskets baskets) {
        if (baskets instanceof Baskets.CustomerDay d) {
            return d.level();
        }
        if (baskets instanceof Baskets.CustomerWindow w) {
            return w.level();
        }
        return null;
    }

    private static String basketKeys(Baskets baskets) {
        return baskets instanceof Baskets.CustomerDay ? "t.customer_id, t.t_dat" : "t.customer_id";
    }

    private static List<String> dates(Baskets baskets) {
        LocalDate from = baskets instanceof Baskets.CustomerDay d ? d.from() : ((Baskets.CustomerWindow) baskets).from();
        LocalDate to = baskets instanceof Baskets.CustomerDay d ? d.to() : ((Baskets.CustomerWindow) baskets).to();
        List<String> where = new ArrayList<>();
        if (from != null) {
            where.add("t.t_dat >= DATE '" + from + "'");
        }
        if (to != null) {
            where.add("t.t_dat <= DATE '" + to + "'");
        }
        return where;
    }

    private static String where(Baskets baskets) {
        List<String> where = dates(baskets);
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    private static String each(int words, IntFunction<String> part) {
        return joined(words, ", ", part);
    }

    private static String joined(int words, String separator, IntFunction<String> part) {
        return IntStream.range(0, words).mapToObj(part).collect(Collectors.joining(separator));
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

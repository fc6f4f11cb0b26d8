package com.shopsight.tools.report;

import java.time.LocalDate;

/** The report's own queries (the rest comes from the tools it composes); each reads transactions {@code t} with articles {@code a}. */
final class ReportSql {
    private static final String FROM = " FROM transactions AS t JOIN articles AS a ON a.article_id = t.article_id";

    private ReportSql() {}

    /** The last day of the data: "today" in every answer. */
    static String today() {
        return "SELECT max(t_dat) AS today FROM transactions";
    }

    /** The article with its names, or the product type as the data spells it, with its article count. */
    static String resolve(ReportSubject s) {
        if (s instanceof ReportSubject.Article a) {
            return "SELECT article_id, prod_name, product_type_name, colour_group_name, product_code FROM articles WHERE article_id = "
                    + literal(a.articleId());
        }
        ReportSubject.ProductType p = (ReportSubject.ProductType) s;
        return "SELECT product_type_name, count(*) AS articles FROM articles WHERE lower(product_type_name) = lower("
                + literal(p.name()) + ") GROUP BY 1";
    }

    /** The five product types closest in spelling to an unknown one. */
    static String closestTypes(String name) {
        return "SELECT product_type_name FROM articles GROUP BY 1 ORDER BY jaro_winkler_similarity(lower(product_type_name), lower("
                + literal(name) + ")) DESC, 1 LIMIT 5";
    }

    /** Units per week (weeks start Monday), from the first week with a sale to {@code asOf}. */
    static String weekly(ReportSubject s, LocalDate asOf) {
        return "SELECT date_trunc('week', t.t_dat) AS week, count(*) AS units" + FROM + " WHERE " + s.condition()
                + " AND t.t_dat <= DATE '" + asOf + "' GROUP BY 1 ORDER BY 1";
    }

    /** Average price and units per month over the twelve months to {@code asOf}. */
    static String monthlyPrice(ReportSubject s, LocalDate asOf) {
        return "SELECT date_trunc('month', t.t_dat) AS month, avg(t.price) AS avg_price, count(*) AS units" + FROM + " WHERE "
                + s.condition() + " AND t.t_dat > DATE '" + asOf.minusMonths(12) + "' AND t.t_dat <= DATE '" + asOf
                + "' GROUP BY 1 ORDER BY 1";
    }

    /** Customer-day baskets in the window, and those holding the subject, to set the basket rules' support. */
    static String baskets(ReportSubject s, LocalDate from, LocalDate to) {
        return "SELECT count(DISTINCT (t.customer_id, t.t_dat)) AS baskets,"
                + " count(DISTINCT (t.customer_id, t.t_dat)) FILTER (WHERE " + s.condition() + ") AS with_subject" + FROM
                + " WHERE t.t_dat >= DATE '" + from + "' AND t.t_dat <= DATE '" + to + "'";
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}

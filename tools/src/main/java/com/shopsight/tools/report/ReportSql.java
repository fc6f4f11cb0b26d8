package com.shopsight.tools.report;

import com.shopsight.tools.query.Literals;
import com.shopsight.tools.scope.Scope;
import com.shopsight.tools.scope.ScopeSql;
import java.time.LocalDate;

/** The report's own queries; the rest comes from the tools it composes. Scopes are already resolved. */
final class ReportSql {
    private ReportSql() {}

    /** The last day of the data: "today" in every answer. */
    static String today() {
        return "SELECT max(t_dat) AS today FROM transactions";
    }

    /** An article's name, type and colour. */
    static String article(String articleId) {
        return "SELECT prod_name, product_type_name, colour_group_name FROM articles WHERE article_id = " + Literals.text(articleId);
    }

    /** Units per week (weeks start Monday) from the first week with a sale to the scope's last day. */
    static String weekly(Scope s) {
        return "SELECT CAST(date_trunc('week', t.t_dat) AS DATE) AS week, count(*) AS units FROM " + ScopeSql.from(s, false, false)
                + " WHERE " + ScopeSql.where(s) + " GROUP BY 1 ORDER BY 1";
    }

    /** Average price and units per month over the twelve months to {@code asOf}. */
    static String monthlyPrice(Scope s, LocalDate asOf) {
        return "SELECT CAST(date_trunc('month', t.t_dat) AS DATE) AS month, avg(t.price) AS avg_price, count(*) AS units FROM "
                + ScopeSql.from(s, false, false) + " WHERE " + ScopeSql.where(s, "t.t_dat > " + Literals.date(asOf.minusMonths(12)))
                + " GROUP BY 1 ORDER BY 1";
    }

    /** Customer-day baskets from {@code from} to {@code to}, and those holding the subject (to set the rules' support). */
    static String baskets(Scope subject, LocalDate from, LocalDate to) {
        return "SELECT count(DISTINCT (t.customer_id, t.t_dat)) AS baskets,"
                + " count(DISTINCT (t.customer_id, t.t_dat)) FILTER (WHERE " + ScopeSql.where(subject) + ") AS with_subject"
                + " FROM transactions t JOIN articles a ON a.article_id = t.article_id"
                + " WHERE t.t_dat >= " + Literals.date(from) + " AND t.t_dat <= " + Literals.date(to);
    }
}

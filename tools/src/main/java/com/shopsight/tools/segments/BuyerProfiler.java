package com.shopsight.tools.segments;

import com.shopsight.tools.query.Literals;
import com.shopsight.tools.query.Problem;
import com.shopsight.tools.query.ProblemException;
import com.shopsight.tools.query.Queries;
import com.shopsight.tools.query.Table;
import com.shopsight.tools.scope.AgeBand;
import com.shopsight.tools.scope.Scope;
import com.shopsight.tools.scope.ScopeSql;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The buyers of a scope against all customers: for each trait (age band, club status,
 * fashion-news frequency, FN, Active) the share among buyers, the share among all customers,
 * and their ratio, the index; the totals (units, revenue, online share, repeat buyers) come
 * with them from the same query.
 */
final class BuyerProfiler {
    private static final Duration TIME = Duration.ofSeconds(60);
    /** A highlight needs an index this high ... */
    static final double HIGHLIGHT_INDEX = 1.1;
    /** ... and at least this share of the buyers, so a handful of buyers cannot make one. */
    static final double HIGHLIGHT_SHARE = 0.05;
    static final int HIGHLIGHTS = 5;

    private static final String[][] TRAITS = {
        {"age band", "age_band"},
        {"club member status", "club_member_status"},
        {"fashion news", "fashion_news_frequency"},
        {"FN", "fn"},
        {"Active", "active"},
    };

    private BuyerProfiler() {}

    static SegmentsResult.BuyerProfile run(Scope scope, Queries queries, List<String> sql) {
        // One query, one pass over the scope's transactions: the buyers, then every customer's
        // traits with GROUPING SETS, with the totals alongside each row. A repeat buyer bought
        // on two days or more, which min < max says without the cost of count(DISTINCT t_dat).
        StringBuilder q = new StringBuilder("WITH buyers AS (SELECT t.customer_id, count(*) AS units, sum(t.price) AS revenue,"
                + " count(*) FILTER (WHERE t.sales_channel_id = 2) AS online_units, min(t.t_dat) < max(t.t_dat) AS repeat"
                + " FROM " + ScopeSql.from(scope, false, false) + " WHERE " + ScopeSql.where(scope) + " GROUP BY t.customer_id),"
                + " totals AS (SELECT count(*) AS all_buyers, sum(units) AS units, sum(revenue) AS revenue,"
                + " sum(online_units) AS online_units, count(*) FILTER (WHERE repeat) AS repeat_buyers,"
                + " (SELECT count(*) FROM customers) AS all_customers,"
                + " (SELECT avg((t.sales_channel_id = 2)::INTEGER) FROM transactions t WHERE "
                + ScopeSql.where(Scope.all().between(scope.from(), scope.to())) + ") AS overall_online_share FROM buyers),"
                + " people AS (SELECT b.customer_id IS NOT NULL AS buyer, " + AgeBand.caseSql("c.age") + " AS age_band,"
                + " coalesce(c.club_member_status, 'unknown') AS club_member_status,"
                + " coalesce(c.fashion_news_frequency, 'unknown') AS fashion_news_frequency,"
                + " CASE WHEN c.FN = 1 THEN 'yes' ELSE 'no' END AS fn,"
                + " CASE WHEN c.Active = 1 THEN 'yes' ELSE 'no' END AS active"
                + " FROM customers c LEFT JOIN buyers b ON b.customer_id = c.customer_id),"
                + " traits AS (SELECT CASE");
        for (String[] trait : TRAITS) {
            q.append(" WHEN grouping(").append(trait[1]).append(") = 0 THEN ").append(Literals.text(trait[0]));
        }
        q.append(" END AS dimension, coalesce(");
        for (int i = 0; i < TRAITS.length; i++) {
            q.append(i == 0 ? "" : ", ").append(TRAITS[i][1]);
        }
        q.append(") AS value, count(*) FILTER (WHERE buyer) AS buyers, count(*) AS customers FROM people GROUP BY GROUPING SETS (");
        for (int i = 0; i < TRAITS.length; i++) {
            q.append(i == 0 ? "(" : ", (").append(TRAITS[i][1]).append(")");
        }
        q.append(")) SELECT traits.*, totals.* FROM traits, totals ORDER BY dimension, value");
        String query = q.toString();
        sql.add(query);
        Table t = queries.run(query, 10_000, TIME);
        long buyerCount = t.size() == 0 ? 0 : t.whole(0, "all_buyers");
        if (buyerCount == 0) {
            throw new ProblemException(Problem.Kind.NO_DATA, "Nobody bought " + scope.describe() + ".",
                    "Widen the filter or the dates.", query);
        }
        long customers = t.whole(0, "all_customers");
        long units = t.whole(0, "units");
        double onlineShare = t.number(0, "online_units", 0) / units;
        double overallOnline = t.number(0, "overall_online_share", 0);
        long repeat = t.whole(0, "repeat_buyers");
        List<ProfileRow> rows = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            long b = t.whole(r, "buyers");
            long c = t.whole(r, "customers");
            double buyerShare = (double) b / buyerCount;
            double customerShare = (double) c / customers;
            rows.add(new ProfileRow(t.text(r, "dimension"), t.text(r, "value"), b, buyerShare, c, customerShare,
                    customerShare == 0 ? null : buyerShare / customerShare));
        }
        List<ProfileRow> highlights = rows.stream()
                .filter(r -> r.index() != null && r.index() >= HIGHLIGHT_INDEX && r.buyerShare() >= HIGHLIGHT_SHARE)
                .filter(r -> !r.value().equals("unknown"))
                .sorted(Comparator.comparingDouble(ProfileRow::index).reversed())
                .limit(HIGHLIGHTS)
                .toList();
        List<String> notes = List.of(
                "The baseline is every customer in the customers table; the index is the share among buyers divided by the share among all customers.",
                "Repeat buyers bought in the scope on two or more days; first-time buyers on one day only (there is no order id, so a day is a visit).",
                "Highlights are traits with an index of at least " + HIGHLIGHT_INDEX + " held by at least "
                        + Math.round(HIGHLIGHT_SHARE * 100) + " % of the buyers, unknown values left out.");
        return new SegmentsResult.BuyerProfile(scope.describe(), buyerCount, customers, units, t.number(0, "revenue", 0),
                onlineShare, overallOnline, overallOnline == 0 ? null : onlineShare / overallOnline, repeat,
                (double) repeat / buyerCount, (double) units / buyerCount, rows, highlights, notes, sql);
    }
}

package com.shopsight.tools.churn;

import com.shopsight.tools.query.Literals;
import java.time.LocalDate;
import java.util.List;

/**
 * The features of each customer at a cutoff, as SQL: a CTE {@code f} with one row per
 * customer who bought in the active window before the cutoff, computed from purchases before
 * it only. Counts and money enter as log(1 + x) because their effect on churn tapers off (the
 * tenth visit tells less than the second); money is counted in typical item prices so the
 * scale of the price column does not matter.
 */
final class ChurnFeatures {
    /**
     * A feature: its name in words, its SQL over the CTE's columns, and the raw column a
     * person reads it by.
     */
    record Feature(String name, String sql, String raw) {}

    static final List<Feature> FEATURES = List.of(
            new Feature("days since the last purchase", "ln(1 + recency_days)", "recency_days"),
            new Feature("days since the first purchase", "ln(1 + tenure_days)", "tenure_days"),
            new Feature("items the customer would usually have bought since the last purchase",
                    "ln(1 + usual_items)", "usual_items"),
            new Feature("visits in the last 13 weeks", "ln(1 + visits_13w)", "visits_13w"),
            new Feature("visits in the 13 weeks before", "ln(1 + visits_prev_13w)", "visits_prev_13w"),
            new Feature("items bought ever", "ln(1 + items_total)", "items_total"),
            new Feature("spend in the last 26 weeks, in average item prices", "ln(1 + spend_26w)", "spend_26w"),
            new Feature("share of purchases online in the last 26 weeks", "online_share", "online_share"),
            new Feature("age", "age", "age"),
            new Feature("club member (ACTIVE)", "club", "club"),
            new Feature("subscribed to fashion news (FN)", "fn", "fn"));

    private ChurnFeatures() {}

    /**
     * {@code WITH ... f AS (...)}: the features at {@code cutoff} of customers active in the
     * {@code activeWeeks} before it; {@code sample} adds a condition on {@code t.customer_id}
     * (a hash sample), or is null for everyone.
     */
    static String cte(LocalDate cutoff, int activeWeeks, double averagePrice, double meanAge, String sample) {
        String c = Literals.date(cutoff);
        String only = sample == null ? "" : " AND " + sample;
        int window = 7 * Math.max(26, activeWeeks);
        // Visits (a customer's purchases on one day) only over the recent window, and plain
        // aggregates over the whole history: several count(DISTINCT t_dat) per customer over
        // all of it cost three times as much at full scale.
        return "WITH recent AS (SELECT t.customer_id, t.t_dat, sum(t.price) AS spend, count(*) AS units,"
                + " count(*) FILTER (WHERE t.sales_channel_id = 2) AS online_units"
                + " FROM transactions t WHERE t.t_dat < " + c + " AND t.t_dat >= " + c + " - " + window + only
                + " GROUP BY t.customer_id, t.t_dat),"
                + " activity AS (SELECT customer_id, " + c + " - max(t_dat) AS recency_days,"
                + " count(*) FILTER (WHERE t_dat >= " + c + " - 91) AS visits_13w,"
                + " count(*) FILTER (WHERE t_dat >= " + c + " - 182 AND t_dat < " + c + " - 91) AS visits_prev_13w,"
                + " coalesce(sum(spend) FILTER (WHERE t_dat >= " + c + " - 182), 0) / " + Literals.number(averagePrice) + " AS spend_26w,"
                + " coalesce(sum(online_units) FILTER (WHERE t_dat >= " + c + " - 182) / sum(units) FILTER (WHERE t_dat >= "
                + c + " - 182), 0) AS online_share"
                + " FROM recent GROUP BY customer_id HAVING max(t_dat) >= " + c + " - " + 7 * activeWeeks + "),"
                + " history AS (SELECT t.customer_id, " + c + " - min(t.t_dat) AS tenure_days, count(*) AS items_total"
                + " FROM transactions t WHERE t.t_dat < " + c + only + " GROUP BY t.customer_id),"
                + " f AS (SELECT a.*, h.tenure_days, h.items_total,"
                + " a.recency_days * h.items_total / greatest(h.tenure_days, 1) AS usual_items,"
                + " coalesce(cu.age, " + Literals.number(meanAge) + ") AS age,"
                + " coalesce((cu.club_member_status = 'ACTIVE')::INTEGER, 0) AS club, coalesce(cu.FN, 0) AS fn"
                + " FROM activity a JOIN history h ON h.customer_id = a.customer_id"
                + " LEFT JOIN customers cu ON cu.customer_id = a.customer_id)";
    }

    /** The customers who bought anything in {@code [from, to)}: the ones who did not churn. */
    static String buyersBetween(LocalDate from, LocalDate to) {
        return "SELECT DISTINCT customer_id FROM transactions WHERE t_dat >= " + Literals.date(from) + " AND t_dat < " + Literals.date(to);
    }

    /** The feature expressions, comma separated, named x1, x2, ... */
    static String selectFeatures() {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < FEATURES.size(); j++) {
            sb.append(j == 0 ? "" : ", ").append(FEATURES.get(j).sql()).append(" AS x").append(j + 1);
        }
        return sb.toString();
    }
}

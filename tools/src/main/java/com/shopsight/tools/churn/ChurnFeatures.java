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
            new Feature("days since the last purchase, in the customer's usual gaps between visits",
                    "ln(1 + usual_gaps)", "usual_gaps"),
            new Feature("visits in the last 13 weeks", "ln(1 + visits_13w)", "visits_13w"),
            new Feature("visits in the 13 weeks before", "ln(1 + visits_prev_13w)", "visits_prev_13w"),
            new Feature("visits ever", "ln(1 + visits_total)", "visits_total"),
            new Feature("spend in the last 26 weeks, in typical item prices", "ln(1 + spend_26w)", "spend_26w"),
            new Feature("share of purchases online", "online_share", "online_share"),
            new Feature("age", "age", "age"),
            new Feature("club member (ACTIVE)", "club", "club"),
            new Feature("subscribed to fashion news (FN)", "fn", "fn"));

    private ChurnFeatures() {}

    /**
     * {@code WITH ... f AS (...)}: the features at {@code cutoff} of customers active in the
     * {@code activeWeeks} before it; {@code sample} adds a condition on {@code t.customer_id}
     * (a hash sample), or is null for everyone.
     */
    static String cte(LocalDate cutoff, int activeWeeks, double medianPrice, double meanAge, String sample) {
        String c = Literals.date(cutoff);
        return "WITH activity AS (SELECT t.customer_id,"
                + " " + c + " - max(t.t_dat) AS recency_days,"
                + " " + c + " - min(t.t_dat) AS tenure_days,"
                + " count(DISTINCT t.t_dat) FILTER (WHERE t.t_dat >= " + c + " - 91) AS visits_13w,"
                + " count(DISTINCT t.t_dat) FILTER (WHERE t.t_dat >= " + c + " - 182 AND t.t_dat < " + c + " - 91) AS visits_prev_13w,"
                + " count(DISTINCT t.t_dat) AS visits_total,"
                + " coalesce(sum(t.price) FILTER (WHERE t.t_dat >= " + c + " - 182), 0) / " + Literals.number(medianPrice) + " AS spend_26w,"
                + " avg((t.sales_channel_id = 2)::INTEGER) AS online_share"
                + " FROM transactions t WHERE t.t_dat < " + c + (sample == null ? "" : " AND " + sample)
                + " GROUP BY t.customer_id HAVING max(t.t_dat) >= " + c + " - " + 7 * activeWeeks + "),"
                + " f AS (SELECT a.*, a.recency_days * a.visits_total / greatest(a.tenure_days, 1) AS usual_gaps,"
                + " coalesce(cu.age, " + Literals.number(meanAge) + ") AS age,"
                + " coalesce((cu.club_member_status = 'ACTIVE')::INTEGER, 0) AS club, coalesce(cu.FN, 0) AS fn"
                + " FROM activity a LEFT JOIN customers cu ON cu.customer_id = a.customer_id)";
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

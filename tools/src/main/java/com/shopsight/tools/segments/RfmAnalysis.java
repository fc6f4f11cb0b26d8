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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * RFM at a reference date, in one query that DuckDB runs over all customers: recency (days
 * since the last purchase), frequency (purchase days: there is no order id, so a customer's
 * day is a visit) and monetary (spend); each scored 1 to 5 by the quintile of its percentile
 * rank, so customers with equal values share a score; segments from {@link RfmSegment}; and one
 * row per segment and per score (GROUPING SETS) with the typical profile.
 */
final class RfmAnalysis {
    private static final Duration TIME = Duration.ofSeconds(120);

    private RfmAnalysis() {}

    static SegmentsResult.Rfm run(Scope scope, LocalDate reference, Queries queries, List<String> sql) {
        String ref = Literals.date(reference);
        String score = "least(5, 1 + floor(5 * percent_rank() OVER (ORDER BY %s)))::INTEGER";
        // Visits (a customer's purchases on one day) first: counting them is far cheaper than
        // count(DISTINCT t_dat) per customer at full scale.
        String query = "WITH visits AS (SELECT t.customer_id, t.t_dat, sum(t.price) AS spend, count(*) AS units,"
                + " count(*) FILTER (WHERE t.sales_channel_id = 2) AS online_units"
                + " FROM " + ScopeSql.from(scope, false, false) + " WHERE " + ScopeSql.where(scope, "t.t_dat <= " + ref)
                + " GROUP BY t.customer_id, t.t_dat),"
                + " measures AS (SELECT customer_id, " + ref + " - max(t_dat) AS recency_days, count(*) AS frequency,"
                + " sum(spend) AS monetary, sum(online_units) / sum(units) AS online_share FROM visits GROUP BY customer_id),"
                + " scored AS (SELECT *, " + score.formatted("recency_days DESC") + " AS r, " + score.formatted("frequency")
                + " AS f, " + score.formatted("monetary") + " AS m FROM measures),"
                + " segmented AS (SELECT s.*, " + RfmSegment.caseSql("s.r", "CAST(floor((s.f + s.m + 1) / 2) AS INTEGER)")
                + " AS segment, cu.age, " + AgeBand.caseSql("cu.age") + " AS age_band"
                + " FROM scored s LEFT JOIN customers cu ON cu.customer_id = s.customer_id)"
                + " SELECT segment, r, f, m, count(*) AS customers, sum(monetary) AS revenue,"
                + " median(recency_days) AS median_recency, median(frequency) AS median_frequency,"
                + " median(monetary) AS median_monetary, avg(age) AS average_age, avg(online_share) AS online_share,"
                + " mode(age_band ORDER BY age_band) AS top_age_band, min(recency_days) AS min_recency, max(recency_days) AS max_recency,"
                + " min(frequency) AS min_frequency, max(frequency) AS max_frequency, min(monetary) AS min_monetary,"
                + " max(monetary) AS max_monetary"
                + " FROM segmented GROUP BY GROUPING SETS ((segment), (r), (f), (m))";
        sql.add(query);
        Table t = queries.run(query, 1_000, TIME);
        Map<RfmSegment, Integer> segmentRows = new EnumMap<>(RfmSegment.class);
        List<ScoreRange> scores = new ArrayList<>();
        long customers = 0;
        double revenue = 0;
        for (int row = 0; row < t.size(); row++) {
            String segment = t.text(row, "segment");
            if (segment != null) {
                segmentRows.put(RfmSegment.ofLabel(segment), row);
                customers += t.whole(row, "customers");
                revenue += t.number(row, "revenue", 0);
            }
        }
        if (customers == 0) {
            throw new ProblemException(Problem.Kind.NO_DATA, "No purchases of " + scope.describe() + " up to " + reference + ".",
                    "Widen the filter or move the reference date.", query);
        }
        String[][] measures = {{"r", "recency days", "recency"}, {"f", "frequency", "frequency"}, {"m", "monetary", "monetary"}};
        for (String[] measure : measures) {
            for (int row = 0; row < t.size(); row++) {
                if (t.text(row, measure[0]) != null) {
                    scores.add(new ScoreRange(measure[1], (int) t.whole(row, measure[0]), t.number(row, "min_" + measure[2], 0),
                            t.number(row, "max_" + measure[2], 0), t.whole(row, "customers")));
                }
            }
        }
        scores.sort(Comparator.comparing(ScoreRange::measure).thenComparing(ScoreRange::score));
        List<RfmGroup> groups = new ArrayList<>();
        for (RfmSegment s : RfmSegment.values()) {
            Integer row = segmentRows.get(s);
            if (row == null) {
                groups.add(new RfmGroup(s, s.rule(), s.meaning(), 0, 0, 0, 0, 0, 0, 0, null, 0, null));
                continue;
            }
            long n = t.whole(row, "customers");
            double spend = t.number(row, "revenue", 0);
            Object age = t.value(row, t.column("average_age"));
            groups.add(new RfmGroup(s, s.rule(), s.meaning(), n, (double) n / customers, spend, spend / revenue,
                    t.number(row, "median_recency", 0), t.number(row, "median_frequency", 0), t.number(row, "median_monetary", 0),
                    age == null ? null : ((Number) age).doubleValue(), t.number(row, "online_share", 0), t.text(row, "top_age_band")));
        }
        groups.sort(Comparator.comparingLong(RfmGroup::customers).reversed());
        List<String> notes = List.of(
                "Recency is days from the last purchase to " + reference + "; frequency counts purchase days (a day is a visit,"
                        + " as the data has no order id); monetary is the sum of price.",
                "Each score is 1 + floor(5 x percentile rank), capped at 5: the quintile of the share of customers with a"
                        + " lower value, so equal values share a score and a heavily tied measure (most customers buy on one"
                        + " day) can leave a score empty. R is 5 for the most recent.",
                "Segments come from R and FM = round((F + M) / 2) by a fixed grid; each segment's rule is listed with it.");
        return new SegmentsResult.Rfm(scope.describe(), reference, customers, revenue, groups, scores, notes, sql);
    }
}

package com.shopsight.tools.report;

import com.shopsight.tools.basket.BasketParams;
import com.shopsight.tools.basket.BasketResult;
import com.shopsight.tools.basket.BasketTool;
import com.shopsight.tools.basket.Baskets;
import com.shopsight.tools.basket.ItemFilter;
import com.shopsight.tools.chart.ChartResult;
import com.shopsight.tools.forecast.ForecastParams;
import com.shopsight.tools.forecast.ForecastResult;
import com.shopsight.tools.forecast.ForecastTool;
import com.shopsight.tools.forecast.Metric;
import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.query.Problem;
import com.shopsight.tools.query.ProblemException;
import com.shopsight.tools.query.Queries;
import com.shopsight.tools.query.Table;
import com.shopsight.tools.scope.Scope;
import com.shopsight.tools.scope.ScopeSql;
import com.shopsight.tools.segments.SegmentsParams;
import com.shopsight.tools.segments.SegmentsResult;
import com.shopsight.tools.segments.SegmentsTool;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The product report, the prototype's core flow as one tool: for an article or a product type,
 * the weekly history and forecast (forecast tool), the likely buyers, online/in-store split and
 * repeat purchase rate (segments tool's buyer profile), the price trend and lifecycle stage
 * (its own two queries, {@link LifecycleRule}), what sells with it (basket tool), a chart of
 * history and forecast (chart tool), and recommendations each tied to one of those figures
 * ({@code Recommender}).
 */
public final class ReportTool {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final QueryContext CONTEXT = QueryContext.of("tool:report");
    private static final int MIN_PAIR_BASKETS = 10;

    private final SqlGate gate;

    public ReportTool(SqlGate gate) {
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    /** Reports; an unknown or unsold subject, or a refused query, comes back as {@link ReportResult.Failed}. */
    public ReportResult run(ReportParams p) {
        long start = System.nanoTime();
        Queries queries = new Queries(gate, CONTEXT);
        List<String> sql = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try {
            LocalDate today = (LocalDate) query(queries, ReportSql.today(), 1, sql).value(0, 0);
            LocalDate asOf = p.asOf() == null || !p.asOf().isBefore(today) ? today : p.asOf();
            if (p.asOf() != null && p.asOf().isAfter(today)) {
                notes.add("The data ends on " + today + "; the report is as of that day, not " + p.asOf() + ".");
            }
            ScopeSql.Resolved resolved = ScopeSql.resolve(Scope.all().with(p.subject().dimension(), p.subject().value()).between(null, asOf), queries);
            if (resolved.sql() != null) {
                sql.add(resolved.sql());
            }
            Scope scope = resolved.scope();
            String value = scope.attributes().get(p.subject().dimension());
            String subject = describe(p.subject(), value, queries, sql);
            Lifecycle lifecycle = lifecycle(scope, asOf, queries, sql, subject);
            ForecastResult.Forecast forecast = forecast(scope, p.horizon(), sql, notes);
            SegmentsResult.BuyerProfile buyers = buyers(scope, sql, notes);
            ReportResult.Channels channels = buyers == null ? null : new ReportResult.Channels(buyers.onlineShare(),
                    1 - buyers.onlineShare(), buyers.overallOnlineShare(), buyers.onlineIndex());
            ReportResult.Loyalty loyalty = buyers == null ? null : new ReportResult.Loyalty(buyers.buyers(), buyers.repeatBuyers(),
                    buyers.repeatShare(), buyers.unitsPerBuyer());
            PriceTrend price = price(scope, asOf, queries, sql);
            ReportResult.SellsWith sellsWith = sellsWith(p.subject(), value, scope, lifecycle.firstSale(), asOf, queries, sql);
            ChartResult chart = forecast == null ? null : ReportChart.of(forecast, subject);
            if (chart instanceof ChartResult.NotCharted none) {
                notes.add("No chart: " + none.reason());
            }
            List<Recommendation> recommendations = Recommender.of(lifecycle, forecast, channels, loyalty, buyers, sellsWith, price);
            return new ReportResult.ProductReport(subject, asOf, forecast, buyers, channels, loyalty, price, lifecycle, sellsWith,
                    recommendations, chart instanceof ChartResult.Chart c ? c.spec() : null, notes, sql,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (ProblemException e) {
            if (e.problem().sql() != null && !sql.contains(e.problem().sql())) {
                sql.add(e.problem().sql());
            }
            return new ReportResult.Failed(e.problem(), sql);
        }
    }

    private static Table query(Queries queries, String text, int maxRows, List<String> sql) {
        sql.add(text);
        return queries.run(text, maxRows, TIMEOUT);
    }

    private static String describe(ReportSubject s, String value, Queries queries, List<String> sql) {
        if (s instanceof ReportSubject.Article) {
            Table t = query(queries, ReportSql.article(value), 1, sql);
            return "article " + value + " " + t.value(0, 0) + " (" + t.value(0, 1) + ", " + t.value(0, 2) + ")";
        }
        return "product type " + value;
    }

    private static Lifecycle lifecycle(Scope scope, LocalDate asOf, Queries queries, List<String> sql, String subject) {
        Table t = query(queries, ReportSql.weekly(scope), 10_000, sql);
        if (t.size() == 0) {
            throw new ProblemException(new Problem(Problem.Kind.NO_DATA, "No sales of " + subject + " up to " + asOf + ".",
                    "Choose a later day, or another product.", null));
        }
        LocalDate first = (LocalDate) t.value(0, 0);
        // Complete weeks only: a week still running would read as a fall in sales.
        LocalDate lastWeek = asOf.plusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        if (lastWeek.isBefore(first)) {
            return new Lifecycle(LifecycleStage.INTRODUCTION, "first sold in the week of " + first + ", not yet complete", first, Lifecycle.RULE);
        }
        double[] weeks = new double[(int) ChronoUnit.WEEKS.between(first, lastWeek) + 1];
        for (int r = 0; r < t.size(); r++) {
            int w = (int) ChronoUnit.WEEKS.between(first, (LocalDate) t.value(r, 0));
            if (w < weeks.length) {
                weeks[w] += t.number(r, 1, 0);
            }
        }
        LifecycleRule.Verdict v = LifecycleRule.judge(weeks);
        if (v == null) {
            return new Lifecycle(null, "no sales in complete weeks up to " + lastWeek.plusDays(6), first, Lifecycle.RULE);
        }
        return new Lifecycle(v.stage(), v.because(), first, Lifecycle.RULE);
    }

    private ForecastResult.Forecast forecast(Scope scope, int horizon, List<String> sql, List<String> notes) {
        ForecastResult r = new ForecastTool(gate, CONTEXT).run(ForecastParams.of(scope, Metric.UNITS).withHorizon(horizon));
        sql.addAll(r instanceof ForecastResult.Forecast f ? f.sql() : ((ForecastResult.Failed) r).sql());
        if (r instanceof ForecastResult.Failed failed) {
            notes.add("No forecast: " + failed.problem().message());
            return null;
        }
        return (ForecastResult.Forecast) r;
    }

    private SegmentsResult.BuyerProfile buyers(Scope scope, List<String> sql, List<String> notes) {
        SegmentsResult r = new SegmentsTool(gate, CONTEXT).run(SegmentsParams.buyers(scope));
        if (r instanceof SegmentsResult.BuyerProfile b) {
            sql.addAll(b.sql());
            return b;
        }
        SegmentsResult.Failed failed = (SegmentsResult.Failed) r;
        sql.addAll(failed.sql());
        notes.add("No buyer profile: " + failed.problem().message());
        return null;
    }

    private static PriceTrend price(Scope scope, LocalDate asOf, Queries queries, List<String> sql) {
        Table t = query(queries, ReportSql.monthlyPrice(scope, asOf), 100, sql);
        List<PriceTrend.Month> months = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            months.add(new PriceTrend.Month((LocalDate) t.value(r, 0), t.number(r, 1, 0), (long) t.number(r, 2, 0)));
        }
        return PriceTrend.of(months);
    }

    /** Rules with the subject as antecedent over the year to {@code asOf} (from its first sale if later). */
    private ReportResult.SellsWith sellsWith(ReportSubject subject, String value, Scope scope, LocalDate firstSale, LocalDate asOf,
            Queries queries, List<String> sql) {
        LocalDate from = firstSale.isAfter(asOf.minusDays(364)) ? firstSale : asOf.minusDays(364);
        Table counts = query(queries, ReportSql.baskets(Scope.all().with(subject.dimension(), value), from, asOf), 1, sql);
        long baskets = (long) counts.number(0, 0, 0);
        long withSubject = (long) counts.number(0, 1, 0);
        long minCount = Math.max(MIN_PAIR_BASKETS, (long) Math.ceil(0.02 * withSubject));
        if (withSubject < minCount) {
            return new ReportResult.SellsWith(List.of(), baskets, withSubject, minCount, Map.of(),
                    "only " + withSubject + " baskets hold it since " + from + ": too few for rules");
        }
        // Half a basket below the count, so that ceil(support x baskets) lands on minCount despite rounding.
        double support = (minCount - 0.5) / baskets;
        BasketParams params = new BasketParams(new Baskets.CustomerDay(subject.level(), from, asOf), support, 0.02, 2, 5, 0,
                ItemFilter.sellsWith(value));
        BasketResult r = new BasketTool(gate).run(params);
        sql.add(r.sql());
        if (r instanceof BasketResult.Failed f) {
            return new ReportResult.SellsWith(List.of(), baskets, withSubject, minCount, Map.of(), f.message());
        }
        BasketResult.Mined m = (BasketResult.Mined) r;
        return new ReportResult.SellsWith(m.rules(), baskets, withSubject, minCount, m.labels(),
                m.rules().isEmpty() ? "no item is in " + minCount + " or more of its baskets" : null);
    }
}

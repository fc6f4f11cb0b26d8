package com.shopsight.tools.forecast;

import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.query.ProblemException;
import com.shopsight.tools.query.Queries;
import com.shopsight.tools.scope.ScopeSql;
import java.util.ArrayList;
import java.util.List;

/**
 * Demand forecast: the series of a scope or a query, a method chosen by a rolling-origin
 * backtest among naive, seasonal naive, drift, the prototype's weighted average plus trend,
 * SES, damped Holt and Holt-Winters (additive and multiplicative), and the forecast with 80 %
 * and 95 % intervals and plain facts for the narrative.
 */
public final class ForecastTool {
    private final Queries queries;

    /** A tool whose queries go through {@code gate}, logged as the "tool" surface. */
    public ForecastTool(SqlGate gate) {
        this(gate, QueryContext.of("tool"));
    }

    /** A tool whose queries go through {@code gate}, logged with the caller's {@code context}. */
    public ForecastTool(SqlGate gate, QueryContext context) {
        this.queries = new Queries(gate, context);
    }

    /** Forecasts; an unknown product, an empty series or refused SQL come back as {@link ForecastResult.Failed}. */
    public ForecastResult run(ForecastParams p) {
        List<String> sql = new ArrayList<>();
        try {
            Series series;
            if (p.sql() != null) {
                sql.add(p.sql());
                series = SqlSeries.load(p.sql(), p.frequency(), queries);
            } else {
                ScopeSql.Resolved resolved = ScopeSql.resolve(p.scope(), queries);
                if (resolved.sql() != null) {
                    sql.add(resolved.sql());
                }
                Frequency f = p.frequency() != null ? p.frequency() : Frequency.WEEK;
                series = FilteredSeries.load(resolved.scope(), p.metric(), f, queries, sql);
            }
            return forecast(series, p, sql);
        } catch (ProblemException e) {
            if (e.problem().sql() != null && !sql.contains(e.problem().sql())) {
                sql.add(e.problem().sql());
            }
            return new ForecastResult.Failed(e.problem(), sql);
        }
    }

    private static ForecastResult.Forecast forecast(Series s, ForecastParams p, List<String> sql) {
        int season = p.season() != null ? p.season() : s.frequency() != null ? s.frequency().defaultSeason() : 1;
        double[] y = s.values();
        Forecasts.Outcome o = Forecasts.run(y, season, p.horizon(), p.method(), p.seed());
        List<HistoryPoint> history = new ArrayList<>(y.length);
        for (int i = 0; i < y.length; i++) {
            history.add(new HistoryPoint(s.label(i), y[i]));
        }
        List<ForecastRow> rows = new ArrayList<>(p.horizon());
        for (int i = 0; i < p.horizon(); i++) {
            Intervals.Band b = o.bands()[i];
            rows.add(new ForecastRow(s.label(y.length + i), b.point(), orNull(b.lo80()), orNull(b.hi80()),
                    orNull(b.lo95()), orNull(b.hi95())));
        }
        Intervals.Band t = o.total();
        ForecastTotal total = new ForecastTotal(p.horizon(), t.point(), orNull(t.lo80()), orNull(t.hi80()), orNull(t.lo95()),
                orNull(t.hi95()));
        Facts facts = Facts.of(y, o.bands(), season);
        List<String> notes = new ArrayList<>(s.notes());
        notes.addAll(o.notes());
        String unit = s.frequency() != null ? s.frequency().unit() : "period";
        if (facts.zeroPeriodsAtEnd() >= Facts.RECENT && facts.zeroPeriodsAtEnd() < y.length) {
            notes.add("Nothing sold in the last " + facts.zeroPeriodsAtEnd() + " " + unit + "s: it looks discontinued,"
                    + " and the forecast stays near zero.");
        }
        if (season > 1 && y.length < 2 * season) {
            notes.add("Less than two full seasons of history (" + y.length + " of " + 2 * season + " " + unit
                    + "s): Holt-Winters cannot be fitted and seasonality strength cannot be measured.");
        }
        return new ForecastResult.Forecast(s.description(), s.frequency(), season, history, rows, total, o.method(), o.parameters(),
                o.backtest(), facts, notes, sql);
    }

    private static Double orNull(double v) {
        return Double.isNaN(v) ? null : v;
    }
}

package com.shopsight.tools.forecast;

import com.shopsight.tools.query.Literals;
import com.shopsight.tools.query.Problem;
import com.shopsight.tools.query.ProblemException;
import com.shopsight.tools.query.Queries;
import com.shopsight.tools.query.Table;
import com.shopsight.tools.scope.Scope;
import com.shopsight.tools.scope.ScopeSql;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The series of a scope: units or revenue per period, from the scope's first sale to the last
 * complete period of the data. Periods the data only partly covers (the data starts or ends
 * inside them) are left out, because a partial week reads as a collapse in sales; periods with
 * no sales are zeros, not gaps.
 */
final class FilteredSeries {
    private static final Duration TIME = Duration.ofSeconds(60);

    private FilteredSeries() {}

    /** Loads the series, adding each query it ran to {@code sql}. */
    static Series load(Scope scope, Metric metric, Frequency f, Queries queries, List<String> sql) {
        String rangeSql = "SELECT min(t_dat) AS first_day, max(t_dat) AS last_day FROM transactions";
        sql.add(rangeSql);
        Table range = queries.run(rangeSql, 1, TIME);
        LocalDate dataFirst = range.date(0, 0);
        LocalDate dataLast = range.date(0, 1);
        if (dataFirst == null) {
            throw new ProblemException(Problem.Kind.NO_DATA, "The transactions table is empty.", null, rangeSql);
        }
        LocalDate first = scope.from() != null && scope.from().isAfter(dataFirst) ? scope.from() : dataFirst;
        LocalDate last = scope.to() != null && scope.to().isBefore(dataLast) ? scope.to() : dataLast;
        List<String> notes = new ArrayList<>();
        LocalDate firstFull = f.start(first);
        if (!firstFull.equals(first)) {
            notes.add("The " + f.unit() + " of " + firstFull + " starts before the " + (first.equals(dataFirst) ? "data" : "chosen range")
                    + " (first day " + first + ") and is left out.");
            firstFull = f.plus(firstFull, 1);
        }
        LocalDate lastStart = f.start(last);
        LocalDate lastFull = lastStart;
        if (!f.end(lastStart).equals(last)) {
            long days = ChronoUnit.DAYS.between(lastStart, last) + 1;
            long of = ChronoUnit.DAYS.between(lastStart, f.end(lastStart)) + 1;
            notes.add("The " + f.unit() + " of " + lastStart + " has data for only " + days + " of its " + of + " days (to " + last
                    + ") and is left out, so the forecast starts with that " + f.unit() + ".");
            lastFull = f.plus(lastStart, -1);
        }
        if (lastFull.isBefore(firstFull)) {
            throw new ProblemException(Problem.Kind.NO_DATA, "The range " + first + " to " + last + " holds no complete " + f.unit() + ".",
                    "Choose a longer range or a shorter period.", null);
        }
        String seriesSql = "SELECT " + f.truncateSql("t.t_dat") + " AS period, " + metric.sql() + " AS value"
                + " FROM " + ScopeSql.from(scope, false, false)
                + " WHERE " + ScopeSql.where(scope, "t.t_dat BETWEEN " + Literals.date(firstFull) + " AND " + Literals.date(f.end(lastFull)))
                + " GROUP BY 1 ORDER BY 1";
        sql.add(seriesSql);
        Table rows = queries.run(seriesSql, 100_000, TIME);
        if (rows.size() == 0) {
            throw new ProblemException(Problem.Kind.NO_DATA, "No sales of " + scope.describe() + " between " + firstFull + " and "
                    + f.end(lastFull) + ".", "Widen the filter or the dates; the product or combination may not have sold then"
                    + (notes.isEmpty() ? "." : " (sales in a partly covered first or last " + f.unit() + " are left out)."), seriesSql);
        }
        LocalDate firstSale = rows.date(0, 0);
        int n = (int) f.periodsBetween(firstSale, lastFull) + 1;
        double[] values = new double[n];
        for (int r = 0; r < rows.size(); r++) {
            values[(int) f.periodsBetween(firstSale, rows.date(r, 0))] = rows.number(r, 1, 0);
        }
        int gaps = n - rows.size();
        if (firstSale.isAfter(firstFull)) {
            notes.add("The first sale is in the " + f.unit() + " of " + firstSale + ": the history starts there, with "
                    + n + " " + f.unit() + (n == 1 ? "" : "s") + ".");
        }
        if (gaps > 0) {
            notes.add(gaps + " " + f.unit() + (gaps == 1 ? "" : "s") + " without sales count as zero.");
        }
        String description = metric.words() + " per " + f.unit() + ", " + scope.describe();
        return new Series(values, firstSale, 0, f, description, notes);
    }
}

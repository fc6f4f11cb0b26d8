package com.shopsight.tools.forecast;

import com.shopsight.tools.query.Problem;
import com.shopsight.tools.query.ProblemException;
import com.shopsight.tools.query.Queries;
import com.shopsight.tools.query.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * The series of a user's query returning (period, value): periods are dates (any frequency,
 * told or inferred from their spacing) or whole numbers, gaps between them are zeros, and
 * anything that cannot be read as a regular series is a clear {@link Problem}.
 */
final class SqlSeries {
    static final int MAX_PERIODS = 10_000;
    private static final Duration TIME = Duration.ofSeconds(60);

    private SqlSeries() {}

    /** Runs {@code userSql} and shapes its rows; {@code told} is the frequency given, or null to infer it. */
    static Series load(String userSql, Frequency told, Queries queries) {
        Table t = queries.run(userSql, MAX_PERIODS, TIME);
        if (t.truncated()) {
            throw bad("The query returns more than " + MAX_PERIODS + " periods.", "Aggregate to a coarser period.", userSql);
        }
        int p = t.column("period");
        int v = t.column("value");
        if (p < 0 || v < 0) {
            if (t.columns().size() != 2) {
                throw bad("The query must return columns period and value; it returns " + t.columns() + ".",
                        "Name them: SELECT date_trunc('month', t_dat) AS period, count(*) AS value ...", userSql);
            }
            p = 0;
            v = 1;
        }
        if (t.size() == 0) {
            throw new ProblemException(Problem.Kind.NO_DATA, "The query returned no rows.", "Check its filters.", userSql);
        }
        List<String> notes = new ArrayList<>();
        int nulls = 0;
        boolean dated = isDate(t.value(0, p));
        TreeMap<Object, Double> byPeriod = new TreeMap<>();
        for (int r = 0; r < t.size(); r++) {
            Object raw = t.value(r, p);
            if (raw == null) {
                throw bad("Row " + (r + 1) + " has no period.", "Leave out rows whose period is null.", userSql);
            }
            Object key;
            try {
                key = dated ? t.date(r, p) : wholeNumber(raw);
            } catch (RuntimeException e) {
                throw bad("The periods must all be dates or all be whole numbers; row " + (r + 1) + " has " + raw + ".", null, userSql);
            }
            double value;
            try {
                value = t.number(r, v, Double.NaN);
            } catch (IllegalStateException e) {
                throw bad("The values must be numbers; row " + (r + 1) + " has " + t.value(r, v) + ".", null, userSql);
            }
            if (Double.isNaN(value)) {
                nulls++;
                value = 0;
            }
            if (byPeriod.put(key, value) != null) {
                throw bad("Period " + key + " appears more than once.", "GROUP BY the period.", userSql);
            }
        }
        if (nulls > 0) {
            notes.add(nulls + " null value" + (nulls == 1 ? "" : "s") + " count as zero.");
        }
        return dated ? dated(byPeriod, told, userSql, notes) : numbered(byPeriod, notes);
    }

    private static Series dated(TreeMap<Object, Double> byPeriod, Frequency told, String sql, List<String> notes) {
        List<LocalDate> days = byPeriod.keySet().stream().map(LocalDate.class::cast).toList();
        Frequency f = told != null ? told : infer(days, sql);
        LocalDate first = days.get(0);
        LocalDate last = days.get(days.size() - 1);
        long n = f.periodsBetween(first, last);
        if (n < 0) {
            throw misaligned(f, last, first, sql);
        }
        if (n + 1 > MAX_PERIODS) {
            throw bad("From " + first + " to " + last + " is more than " + MAX_PERIODS + " " + f.unit() + "s.", null, sql);
        }
        double[] values = new double[(int) n + 1];
        for (LocalDate d : days) {
            long k = f.periodsBetween(first, d);
            if (k < 0) {
                throw misaligned(f, d, first, sql);
            }
            values[(int) k] = byPeriod.get(d);
        }
        addGapNote(values.length - days.size(), f.unit(), notes);
        notes.add("Periods are taken as the query gives them; a partly covered last period (such as the week"
                + " the data ends in) would read as a drop, so leave it out in the query.");
        return new Series(values, first, 0, f, "the query's value per " + f.unit(), notes);
    }

    private static Series numbered(TreeMap<Object, Double> byPeriod, List<String> notes) {
        long first = (Long) byPeriod.firstKey();
        long last = (Long) byPeriod.lastKey();
        if (last - first + 1 > MAX_PERIODS) {
            throw bad("Periods " + first + " to " + last + " span more than " + MAX_PERIODS + " periods.", null, null);
        }
        double[] values = new double[(int) (last - first + 1)];
        byPeriod.forEach((k, val) -> values[(int) ((Long) k - first)] = val);
        addGapNote(values.length - byPeriod.size(), "period", notes);
        return new Series(values, null, first, null, "the query's value per period", notes);
    }

    /** The frequency of the most common gap between consecutive periods. */
    private static Frequency infer(List<LocalDate> days, String sql) {
        if (days.size() < 2) {
            return Frequency.WEEK;
        }
        long[] gaps = new long[days.size() - 1];
        for (int i = 1; i < days.size(); i++) {
            gaps[i - 1] = ChronoUnit.DAYS.between(days.get(i - 1), days.get(i));
        }
        Arrays.sort(gaps);
        long smallest = gaps[0];
        Frequency f = Frequency.ofGap(smallest);
        if (f == null) {
            throw bad("Cannot tell the frequency from periods " + smallest + " days apart.",
                    "Give the frequency (day, week, month, quarter or year).", sql);
        }
        return f;
    }

    private static ProblemException misaligned(Frequency f, LocalDate d, LocalDate first, String sql) {
        return bad("Period " + d + " is not a whole number of " + f.unit() + "s after " + first + ".",
                "Truncate the period, e.g. date_trunc('" + f.unit() + "', t_dat), or give the right frequency.", sql);
    }

    private static void addGapNote(int gaps, String unit, List<String> notes) {
        if (gaps > 0) {
            notes.add(gaps + " missing " + unit + (gaps == 1 ? "" : "s") + " between the query's periods count as zero.");
        }
    }

    private static boolean isDate(Object v) {
        return !(v instanceof Number);
    }

    private static Long wholeNumber(Object raw) {
        if (raw instanceof Long l) {
            return l;
        }
        if (raw instanceof BigInteger b) {
            return b.longValueExact();
        }
        if (raw instanceof BigDecimal b) {
            return b.longValueExact();
        }
        if (raw instanceof Double d && d == Math.rint(d)) {
            return d.longValue();
        }
        throw new IllegalArgumentException("not a whole number: " + raw);
    }

    private static ProblemException bad(String message, String hint, String sql) {
        return new ProblemException(Problem.Kind.BAD_RESULT, message, hint, sql);
    }
}

package com.shopsight.tools.forecast;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** How long a period is; weeks start on Monday, as DuckDB's {@code date_trunc('week', ...)} does. */
public enum Frequency {
    DAY(7),
    WEEK(52),
    MONTH(12),
    QUARTER(4),
    YEAR(1);

    private final int season;

    Frequency(int season) {
        this.season = season;
    }

    /** The usual season length: a week of days, a year of weeks, months or quarters. */
    public int defaultSeason() {
        return season;
    }

    /** The unit name for {@code date_trunc} and for people: "week". */
    @JsonValue
    public String unit() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The SQL that truncates a DATE column to its period, as a DATE. */
    String truncateSql(String dateColumn) {
        return this == DAY ? dateColumn : "date_trunc('" + unit() + "', " + dateColumn + ")::DATE";
    }

    /** The start of the period containing {@code day}. */
    LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The start of the period {@code k} periods after the one starting at {@code start}. */
    LocalDate plus(LocalDate start, long k) {
        return switch (this) {
            case DAY -> start.plusDays(k);
            case WEEK -> start.plusWeeks(k);
            case MONTH -> start.plusMonths(k);
            case QUARTER -> start.plusMonths(3 * k);
            case YEAR -> start.plusYears(k);
        };
    }

    /** The last day of the period starting at {@code start}. */
    LocalDate end(LocalDate start) {
        return plus(start, 1).minusDays(1);
    }

    /** How many whole periods lie between two period starts, or -1 when {@code to} is not on the grid of {@code from}. */
    long periodsBetween(LocalDate from, LocalDate to) {
        long k = switch (this) {
            case DAY -> ChronoUnit.DAYS.between(from, to);
            case WEEK -> ChronoUnit.WEEKS.between(from, to);
            case MONTH -> ChronoUnit.MONTHS.between(from, to);
            case QUARTER -> ChronoUnit.MONTHS.between(from, to) / 3;
            case YEAR -> ChronoUnit.YEARS.between(from, to);
        };
        return plus(from, k).equals(to) ? k : -1;
    }

    /** The frequency whose periods are about {@code days} apart, or null for none. */
    static Frequency ofGap(long days) {
        if (days == 1) {
            return DAY;
        }
        if (days == 7) {
            return WEEK;
        }
        if (days >= 28 && days <= 31) {
            return MONTH;
        }
        if (days >= 89 && days <= 92) {
            return QUARTER;
        }
        if (days == 365 || days == 366) {
            return YEAR;
        }
        return null;
    }

    /** Parses "week", "weekly", "month", "monthly", ... in any case. */
    public static Frequency parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Frequency f : values()) {
            if (t.equals(f.unit()) || t.equals(f.unit() + "ly") || (f == DAY && t.equals("daily"))) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown frequency '" + text + "': use day, week, month, quarter or year");
    }
}

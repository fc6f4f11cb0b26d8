package com.shopsight.agent.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Turns time words into {@link TimeWindow}s against the data's calendar: "today" is the latest
 * day with sales; "last N weeks" is {@code t_dat > today - 7N days}; months and years are
 * calendar intervals; a month or season without a year is its latest occurrence that has begun.
 */
final class TimeReader {
    private final DataCalendar calendar;

    TimeReader(DataCalendar calendar) {
        this.calendar = calendar;
    }

    LocalDate today() {
        return calendar.today();
    }

    /** The trailing window "last {@code n} {@code unit}": every day after today minus n units. */
    TimeWindow trailing(int n, String unit) {
        LocalDate today = calendar.today();
        LocalDate after = switch (unit) {
            case "days" -> today.minusDays(n);
            case "weeks" -> today.minusWeeks(n);
            case "months" -> today.minusMonths(n);
            case "years" -> today.minusYears(n);
            default -> throw new IllegalArgumentException("unknown unit " + unit);
        };
        String word = unit.substring(0, unit.length() - 1);
        return new TimeWindow(after.plusDays(1), null, n == 1 ? "last " + word : "last " + n + " " + unit);
    }

    TimeWindow year(int year) {
        return new TimeWindow(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), Integer.toString(year));
    }

    TimeWindow month(int month, Integer year) {
        int y = year != null ? year : latestYearOf(month);
        LocalDate from = LocalDate.of(y, month, 1);
        return new TimeWindow(from, from.plusMonths(1), monthName(month) + " " + y);
    }

    TimeWindow quarter(int quarter, Integer year) {
        int first = 3 * quarter - 2;
        int y = year != null ? year : latestYearOf(first);
        LocalDate from = LocalDate.of(y, first, 1);
        return new TimeWindow(from, from.plusMonths(3), "Q" + quarter + " " + y);
    }

    /** A season: "winter 2019" runs from December 2019 to February 2020. */
    TimeWindow season(String name, List<Integer> months, Integer year) {
        int first = months.get(0);
        int y = year != null ? year : latestYearOf(first);
        LocalDate from = LocalDate.of(y, first, 1);
        return new TimeWindow(from, from.plusMonths(months.size()), name + " " + y);
    }

    TimeWindow day(LocalDate day) {
        return new TimeWindow(day, day.plusDays(1), day.toString());
    }

    /** A named window of the semantic model's time words. */
    TimeWindow named(String name) {
        LocalDate today = calendar.today();
        return switch (name) {
            case "today" -> new TimeWindow(today, today.plusDays(1), "today");
            case "yesterday" -> new TimeWindow(today.minusDays(1), today, "yesterday");
            case "this_week" -> new TimeWindow(today.with(DayOfWeek.MONDAY), null, "this week");
            case "this_month" -> new TimeWindow(today.withDayOfMonth(1), null, "this month");
            case "this_year" -> new TimeWindow(today.withDayOfYear(1), null, "this year");
            case "last_week" -> trailing(1, "weeks");
            case "last_month" -> trailing(1, "months");
            case "last_year" -> trailing(1, "years");
            case "recent" -> trailing(4, "weeks").labelled("recently (last 4 weeks)");
            case "all_time" -> TimeWindow.ALL;
            default -> throw new IllegalArgumentException("unknown time word " + name);
        };
    }

    /** From {@code from} to the end of the data. */
    TimeWindow since(TimeWindow from) {
        return new TimeWindow(from.from(), null, "since " + from.label());
    }

    /** From the start of {@code first} to the end of {@code last}. */
    TimeWindow between(TimeWindow first, TimeWindow last) {
        if (first.from() != null && last.until() != null && !first.from().isBefore(last.until())) {
            return null;
        }
        return new TimeWindow(first.from(), last.until(), first.label() + " to " + last.label());
    }

    TimeWindow until(TimeWindow last) {
        return new TimeWindow(null, last.until(), "until " + last.label());
    }

    /** The same span one year earlier ("this year" -> the same dates of last year). */
    TimeWindow yearEarlier(TimeWindow w) {
        LocalDate from = w.from() == null ? calendar.first() : w.from();
        LocalDate until = w.until() == null ? calendar.today().plusDays(1) : w.until();
        return new TimeWindow(from.minusYears(1), until.minusYears(1), "same period a year earlier");
    }

    /** The window of the same length just before {@code w}. */
    TimeWindow before(TimeWindow w) {
        LocalDate from = w.from() == null ? calendar.first() : w.from();
        LocalDate until = w.until() == null ? calendar.today().plusDays(1) : w.until();
        long days = until.toEpochDay() - from.toEpochDay();
        return new TimeWindow(from.minusDays(days), from, "the " + days + " days before");
    }

    /** The window's dates in words, with the data's bounds for open ends. */
    String dates(TimeWindow w) {
        if (w.isAll()) {
            return calendar.first() + " to " + calendar.today();
        }
        LocalDate from = calendar.firstIn(w);
        LocalDate last = calendar.lastIn(w);
        return from.equals(last) ? from.toString() : from + " to " + last;
    }

    /** Whether any part of the window lies outside the data's dates. */
    boolean reachesBeyondData(TimeWindow w) {
        return (w.until() != null && w.until().isAfter(calendar.today().plusDays(1)))
                || (w.from() != null && w.from().isBefore(calendar.first()));
    }

    boolean coversNoData(TimeWindow w) {
        return (w.from() != null && w.from().isAfter(calendar.today()))
                || (w.until() != null && !w.until().isAfter(calendar.first()));
    }

    private int latestYearOf(int month) {
        LocalDate today = calendar.today();
        return month <= today.getMonthValue() ? today.getYear() : today.getYear() - 1;
    }

    static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}

package com.shopsight.agent.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Periods of a time series in words ("week of 2020-06-15", "June 2020"), and the notices a
 * reader needs when the first or last period is only partly covered, so a short last week is
 * not read as a fall in sales.
 */
final class Periods {
    private final DataCalendar calendar;

    Periods(DataCalendar calendar) {
        this.calendar = calendar;
    }

    /** A period value of a series table, in words. */
    static String name(String dimension, Object value) {
        String v = String.valueOf(value);
        if (v.length() < 10) {
            return v;
        }
        return switch (dimension) {
            case "week" -> "week of " + v.substring(0, 10);
            case "month" -> TimeReader.monthName(Integer.parseInt(v.substring(5, 7))) + " " + v.substring(0, 4);
            default -> v.substring(0, 10);
        };
    }

    /** Notices for a series by {@code dimension} over {@code window} whose first or last period is partial. */
    List<String> partial(String dimension, TimeWindow window) {
        if (!dimension.equals("week") && !dimension.equals("month") && !dimension.equals("year")) {
            return List.of();
        }
        LocalDate first = window.from() == null || window.from().isBefore(calendar.first()) ? calendar.first() : window.from();
        LocalDate last = window.until() == null || window.until().isAfter(calendar.today()) ? calendar.today()
                : window.lastDay();
        List<String> out = new ArrayList<>();
        if (!first.equals(start(dimension, first))) {
            out.add("The first " + dimension + " (" + name(dimension, start(dimension, first)) + ") is partial: it starts on "
                    + first + ".");
        }
        if (!last.equals(end(dimension, last))) {
            out.add("The last " + dimension + " (" + name(dimension, start(dimension, last)) + ") is partial: the "
                    + (last.equals(calendar.today()) ? "data ends" : "window ends") + " on " + last + ".");
        }
        return out;
    }

    private static LocalDate start(String dimension, LocalDate d) {
        return switch (dimension) {
            case "week" -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "month" -> d.withDayOfMonth(1);
            default -> d.withDayOfYear(1);
        };
    }

    private static LocalDate end(String dimension, LocalDate d) {
        return switch (dimension) {
            case "week" -> d.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            case "month" -> d.with(TemporalAdjusters.lastDayOfMonth());
            default -> d.with(TemporalAdjusters.lastDayOfYear());
        };
    }
}

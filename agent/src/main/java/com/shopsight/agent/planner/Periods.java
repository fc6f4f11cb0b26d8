package com.shopsight.agent.planner;

import com.shopsight.agent.semantic.SemanticModel;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Periods of a time series in words ("week of 2020-06-15", "June 2020"), and the notices a
 * reader needs when the first or last period is only partly covered, so a short last week is
 * not read as a fall in sales, or when compared periods hold different numbers of days of data.
 */
final class Periods {
    /** Below this ratio of days, totals of two periods are flagged as not like for like. */
    private static final double EVEN = 0.9;

    private final DataCalendar calendar;
    private final SemanticModel model;

    Periods(DataCalendar calendar, SemanticModel model) {
        this.calendar = calendar;
        this.model = model;
    }

    /**
     * A notice when two periods compared by a total (units, revenue, buyers) hold clearly different numbers of
     * days of data ("2020 vs 2019" with the data ending in September), so a shorter period is not read as a fall.
     */
    Optional<String> uneven(SemanticQuery q) {
        List<Side> sides = q.comparison();
        boolean totals = q.metrics().stream().anyMatch(m -> model.metric(m).map(SemanticModel.Metric::accumulates).orElse(false));
        if (!totals || sides.size() != 2 || sides.stream().anyMatch(s -> s.time() == null)) {
            return Optional.empty();
        }
        long a = days(sides.get(0).time());
        long b = days(sides.get(1).time());
        if (a <= 0 || b <= 0 || (double) Math.min(a, b) / Math.max(a, b) >= EVEN) {
            return Optional.empty();
        }
        Side shorter = a < b ? sides.get(0) : sides.get(1);
        Side longer = a < b ? sides.get(1) : sides.get(0);
        boolean endsWithData = shorter.time().until() == null || !shorter.time().lastDay().isBefore(calendar.today());
        return Optional.of("The periods hold different numbers of days of data: " + shorter.label() + " has "
                + Math.min(a, b) + (endsWithData ? " (the data ends on " + calendar.today() + ")" : "") + ", "
                + longer.label() + " has " + Math.max(a, b) + ", so their totals are not like for like."
                + (endsWithData && shorter.label().matches("\\d{4}") ? " \"this year vs last year\" compares the same days of each year." : ""));
    }

    /** The days of data inside a window. */
    private long days(TimeWindow w) {
        return calendar.lastIn(w).toEpochDay() - calendar.firstIn(w).toEpochDay() + 1;
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
        LocalDate first = calendar.firstIn(window);
        LocalDate last = calendar.lastIn(window);
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

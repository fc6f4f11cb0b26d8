package com.shopsight.agent.planner;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates of the data: its first day and "today", the latest day with sales (never the
 * wall clock), which every relative time word is resolved against.
 */
record DataCalendar(LocalDate first, LocalDate today) {
    DataCalendar {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(today, "today");
    }

    /** The window's first day with data: its start, or the data's first day for an open or earlier start. */
    LocalDate firstIn(TimeWindow w) {
        return w.from() == null || w.from().isBefore(first) ? first : w.from();
    }

    /** The window's last day with data: its last day, or "today" for an open or later end. */
    LocalDate lastIn(TimeWindow w) {
        return w.until() == null || w.until().isAfter(today) ? today : w.lastDay();
    }
}

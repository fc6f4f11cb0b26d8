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
}

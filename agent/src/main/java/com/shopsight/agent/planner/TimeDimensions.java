package com.shopsight.agent.planner;

import java.util.Set;

/** The dimensions that are periods of time, and which comes first when a question has both. */
final class TimeDimensions {
    private static final Set<String> TIME = Set.of("day", "week", "month", "year");

    private TimeDimensions() {}

    static boolean isTime(String dimension) {
        return TIME.contains(dimension);
    }

    /** The dimension a unit word stands for ("weeks" -> week). */
    static String ofUnit(String unit) {
        return switch (unit) {
            case "days" -> "day";
            case "weeks" -> "week";
            case "months" -> "month";
            case "years" -> "year";
            default -> throw new IllegalArgumentException("unknown unit " + unit);
        };
    }
}

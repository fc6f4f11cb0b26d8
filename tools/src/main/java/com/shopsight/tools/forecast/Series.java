package com.shopsight.tools.forecast;

import java.time.LocalDate;
import java.util.List;

/**
 * A regular series ready to forecast: one value per period with no gaps, the labels of its
 * periods (and of those after it), and what was done to get it into shape.
 *
 * @param values the value of each period, oldest first
 * @param firstDate the first period's start, or null for a series numbered by whole numbers
 * @param firstIndex the first period's number when {@code firstDate} is null
 * @param frequency the length of a period (null for numbered periods)
 * @param description what the values are, in words ("units sold per week, product type Trousers")
 * @param notes how the series was shaped: dropped partial periods, filled gaps
 */
record Series(double[] values, LocalDate firstDate, long firstIndex, Frequency frequency, String description, List<String> notes) {
    Series {
        notes = List.copyOf(notes);
    }

    /** The label of period {@code i} (0 is the first; {@code values.length} is the first forecast period). */
    String label(int i) {
        return firstDate != null ? frequency.plus(firstDate, i).toString() : Long.toString(firstIndex + i);
    }

    int length() {
        return values.length;
    }
}

package com.shopsight.tools.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What {@link ReportTool} reports on.
 *
 * @param subject the article or product type
 * @param asOf the day the report looks from, or null for the last day of the data; everything
 *     after it is ignored, so a report "as of" a past day shows what was known then
 * @param horizon how many weeks to forecast, 1 to {@link #MAX_HORIZON}
 */
public record ReportParams(ReportSubject subject, LocalDate asOf, int horizon) {
    public static final int DEFAULT_HORIZON = 4;
    public static final int MAX_HORIZON = 12;

    public ReportParams {
        Objects.requireNonNull(subject, "subject");
        if (horizon < 1 || horizon > MAX_HORIZON) {
            throw new IllegalArgumentException("horizon must be between 1 and " + MAX_HORIZON + " weeks, not " + horizon);
        }
    }

    /** A report on {@code subject} as of the last day of the data, forecasting 4 weeks. */
    public static ReportParams of(ReportSubject subject) {
        return new ReportParams(subject, null, DEFAULT_HORIZON);
    }

    public ReportParams asOf(LocalDate day) {
        return new ReportParams(subject, day, horizon);
    }
}

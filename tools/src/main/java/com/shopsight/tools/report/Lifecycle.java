package com.shopsight.tools.report;

import java.time.LocalDate;

/**
 * The lifecycle stage and the figures behind it.
 *
 * @param stage the stage, or null when the subject never sold up to the report's day
 * @param because the figures that decided it, in words
 * @param firstSale the week of the first sale, or null
 * @param rule the rule, in words, so a reader can check the verdict
 */
public record Lifecycle(LifecycleStage stage, String because, LocalDate firstSale, String rule) {
    /** The rule as {@link LifecycleRule} applies it, for readers of the report. */
    public static final String RULE = "Introduction: first sold under 6 weeks ago. Sold for over a year and also in the same 13"
            + " weeks a year earlier: growth if the last 13 weeks are up 20 % or more on them, decline if down 20 % or more,"
            + " else maturity. Otherwise, on the 4-week moving average of weekly units: decline below half the peak; growth"
            + " if up 25 % or more on 4 weeks earlier; maturity at 80 % of the peak or more; between half and 80 % of the"
            + " peak, decline if down 15 % or more on 4 weeks earlier, else maturity.";
}

package com.shopsight.tools.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a product stands in its life, read from its weekly sales by {@link LifecycleRule}. */
public enum LifecycleStage {
    /** Just launched: first sold less than six weeks ago. */
    INTRODUCTION,
    /** Sales rising: the last four weeks well above the four before, near the peak so far. */
    GROWTH,
    /** Sales steady near their peak, or, for an item sold for over a year, steady against last year. */
    MATURITY,
    /** Sales well below their peak and falling, or down against last year, or stopped. */
    DECLINE;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

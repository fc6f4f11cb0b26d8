package com.shopsight.tools.churn;

import java.time.LocalDate;

/**
 * How to define churn and what to return.
 *
 * @param churnWeeks a customer churns who buys nothing in this many weeks after a cutoff, 1 to 26 (default 8)
 * @param activeWeeks only customers who bought in this many weeks before a cutoff count, {@code churnWeeks} to 104 (default 26)
 * @param top how many of the highest-risk current customers to list, 1 to {@link #MAX_TOP}
 * @param trainingSample how many customers the model is trained on at most (a deterministic sample)
 * @param asOf the day to treat as today, or null for the last day of the data
 * @param seed the seed of the training sample
 */
public record ChurnParams(int churnWeeks, int activeWeeks, int top, int trainingSample, LocalDate asOf, long seed) {
    public static final int MAX_TOP = 100_000;

    public ChurnParams {
        if (churnWeeks < 1 || churnWeeks > 26) {
            throw new IllegalArgumentException("churnWeeks must be between 1 and 26, not " + churnWeeks);
        }
        if (activeWeeks < churnWeeks || activeWeeks > 104) {
            throw new IllegalArgumentException("activeWeeks must be between churnWeeks (" + churnWeeks + ") and 104, not " + activeWeeks);
        }
        if (top < 1 || top > MAX_TOP) {
            throw new IllegalArgumentException("top must be between 1 and " + MAX_TOP + ", not " + top);
        }
        if (trainingSample < 1_000 || trainingSample > 500_000) {
            throw new IllegalArgumentException("trainingSample must be between 1,000 and 500,000, not " + trainingSample);
        }
    }

    /** Churn as no purchase in 8 weeks, among customers active in the last 26; the top 20 listed. */
    public static ChurnParams defaults() {
        return new ChurnParams(8, 26, 20, 100_000, null, 42);
    }

    public ChurnParams withChurnWeeks(int weeks) {
        return new ChurnParams(weeks, Math.max(weeks, activeWeeks), top, trainingSample, asOf, seed);
    }

    public ChurnParams withTop(int count) {
        return new ChurnParams(churnWeeks, activeWeeks, count, trainingSample, asOf, seed);
    }

    public ChurnParams asOf(LocalDate day) {
        return new ChurnParams(churnWeeks, activeWeeks, top, trainingSample, day, seed);
    }
}

package com.shopsight.tools.report;

import java.util.Locale;

/**
 * The lifecycle stage from weekly units, first week of sales to the week of the report:
 * <ol>
 *   <li>No sales at all: no stage.</li>
 *   <li>First sold less than {@value #INTRODUCTION_WEEKS} weeks ago: <b>introduction</b>.</li>
 *   <li>Sold for more than a year and also sold in the same 13 weeks a year ago (an established,
 *       possibly seasonal item, where the season would fool a peak rule): the last 13 weeks
 *       against the same weeks a year earlier; up {@value #YEAR_CHANGE_PERCENT} % or more is
 *       <b>growth</b>, down as much <b>decline</b>, otherwise <b>maturity</b>.</li>
 *   <li>Otherwise, with the 4-week moving average: below half its peak is <b>decline</b>; at
 *       least 80 % of the peak and {@value #GROWTH_PERCENT} % above four weeks earlier is
 *       <b>growth</b>; at least 80 % of the peak is <b>maturity</b>; between half and 80 % of
 *       the peak, falling {@value #FALL_PERCENT} % or more from four weeks earlier is
 *       <b>decline</b>, rising {@value #GROWTH_PERCENT} % or more is <b>growth</b>, else
 *       <b>maturity</b>.</li>
 * </ol>
 */
final class LifecycleRule {
    static final int INTRODUCTION_WEEKS = 6;
    static final int YEAR_CHANGE_PERCENT = 20;
    static final int GROWTH_PERCENT = 25;
    static final int FALL_PERCENT = 15;
    private static final int SMOOTH = 4;
    private static final int QUARTER = 13;
    private static final int YEAR = 52;

    /** A stage with the figures that decided it, in words. */
    record Verdict(LifecycleStage stage, String because) {}

    private LifecycleRule() {}

    /** The stage of a product whose weekly units, from its first week of sales, are {@code weeks}; null when it never sold. */
    static Verdict judge(double[] weeks) {
        if (weeks.length == 0 || total(weeks, 0, weeks.length) == 0) {
            return null;
        }
        int n = weeks.length;
        if (n < INTRODUCTION_WEEKS) {
            return new Verdict(LifecycleStage.INTRODUCTION, "first sold " + n + (n == 1 ? " week" : " weeks") + " ago");
        }
        if (n >= YEAR + QUARTER && total(weeks, n - YEAR - QUARTER, n - YEAR) > 0) {
            double now = total(weeks, n - QUARTER, n);
            double before = total(weeks, n - YEAR - QUARTER, n - YEAR);
            double change = 100 * (now / before - 1);
            String because = String.format(Locale.ROOT, "the last 13 weeks sold %,.0f units against %,.0f in the same weeks a year earlier (%+.0f %%)",
                    now, before, change);
            LifecycleStage stage = change >= YEAR_CHANGE_PERCENT ? LifecycleStage.GROWTH
                    : change <= -YEAR_CHANGE_PERCENT ? LifecycleStage.DECLINE : LifecycleStage.MATURITY;
            return new Verdict(stage, because);
        }
        double[] smooth = new double[n];
        for (int i = 0; i < n; i++) {
            int from = Math.max(0, i - SMOOTH + 1);
            smooth[i] = total(weeks, from, i + 1) / (i + 1 - from);
        }
        double peak = 0;
        for (double v : smooth) {
            peak = Math.max(peak, v);
        }
        double recent = smooth[n - 1];
        double earlier = smooth[n - 1 - SMOOTH];
        double ofPeak = recent / peak;
        double change = earlier == 0 ? (recent > 0 ? Double.POSITIVE_INFINITY : 0) : recent / earlier - 1;
        String because = String.format(Locale.ROOT, "the last 4 weeks averaged %.1f units a week, %.0f %% of the peak (%.1f) and %s the 4 weeks before",
                recent, 100 * ofPeak, peak, Double.isInfinite(change) ? "up from none in" : String.format(Locale.ROOT, "%+.0f %% on", 100 * change));
        LifecycleStage stage;
        if (ofPeak < 0.5) {
            stage = LifecycleStage.DECLINE;
        } else if (change >= GROWTH_PERCENT / 100.0) {
            stage = LifecycleStage.GROWTH;
        } else if (ofPeak >= 0.8) {
            stage = LifecycleStage.MATURITY;
        } else if (change <= -FALL_PERCENT / 100.0) {
            stage = LifecycleStage.DECLINE;
        } else {
            stage = LifecycleStage.MATURITY;
        }
        return new Verdict(stage, because);
    }

    private static double total(double[] a, int from, int to) {
        double s = 0;
        for (int i = Math.max(0, from); i < to; i++) {
            s += a[i];
        }
        return s;
    }
}

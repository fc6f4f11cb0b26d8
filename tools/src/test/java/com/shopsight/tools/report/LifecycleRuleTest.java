package com.shopsight.tools.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lifecycle rule names the stage of clear sales curves, with the figures that decided it. */
class LifecycleRuleTest {
    /** A launch-peak-decline curve: rising to {@code peakWeek}, falling to nothing at {@code endWeek}. */
    static double[] curve(int weeks, int peakWeek, int endWeek) {
        double[] out = new double[weeks];
        for (int w = 0; w < weeks; w++) {
            out[w] = w <= peakWeek ? 100.0 * (w + 1) / (peakWeek + 1) : Math.max(0, 100.0 * (endWeek - w) / (endWeek - peakWeek));
        }
        return out;
    }

    @Test
    void a_product_first_sold_weeks_ago_is_in_introduction() {
        LifecycleRule.Verdict v = LifecycleRule.judge(curve(3, 14, 40));
        assertThat(v.stage()).isEqualTo(LifecycleStage.INTRODUCTION);
        assertThat(v.because()).isEqualTo("first sold 3 weeks ago");
    }

    @Test
    void rising_sales_are_growth() {
        assertThat(LifecycleRule.judge(curve(9, 14, 40)).stage()).isEqualTo(LifecycleStage.GROWTH);
    }

    @Test
    void sales_steady_at_the_peak_are_maturity() {
        double[] flat = new double[30];
        java.util.Arrays.fill(flat, 50);
        assertThat(LifecycleRule.judge(flat).stage()).isEqualTo(LifecycleStage.MATURITY);
        assertThat(LifecycleRule.judge(curve(19, 14, 40)).stage()).isEqualTo(LifecycleStage.MATURITY);
    }

    @Test
    void sales_far_below_the_peak_or_stopped_are_decline() {
        LifecycleRule.Verdict v = LifecycleRule.judge(curve(34, 14, 40));
        assertThat(v.stage()).isEqualTo(LifecycleStage.DECLINE);
        assertThat(v.because()).startsWith("the last 4 weeks averaged").contains("of the peak");
        assertThat(LifecycleRule.judge(curve(45, 14, 40)).stage()).isEqualTo(LifecycleStage.DECLINE);
    }

    @Test
    void an_established_seasonal_item_is_judged_against_last_year_not_its_summer_peak() {
        double[] seasonal = new double[110];
        for (int w = 0; w < seasonal.length; w++) {
            seasonal[w] = 100 + 80 * Math.sin(2 * Math.PI * w / 52);
        }
        LifecycleRule.Verdict v = LifecycleRule.judge(seasonal);
        assertThat(v.stage()).isEqualTo(LifecycleStage.MATURITY);
        assertThat(v.because()).contains("a year earlier (+0 %)");
        for (int w = 90; w < seasonal.length; w++) {
            seasonal[w] *= 0.5;
        }
        assertThat(LifecycleRule.judge(seasonal).stage()).isEqualTo(LifecycleStage.DECLINE);
    }

    @Test
    void a_product_that_never_sold_has_no_stage() {
        assertThat(LifecycleRule.judge(new double[10])).isNull();
    }
}

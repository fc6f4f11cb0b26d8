package com.shopsight.tools.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
    @Test
    void recovers_the_coefficients_it_was_simulated_with() {
        Random r = new Random(7);
        int n = 20_000;
        double[][] x = new double[n][2];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextGaussian();
            x[i][1] = r.nextGaussian();
            double p = 1 / (1 + Math.exp(-(-1.0 + 2.0 * x[i][0] - 0.5 * x[i][1])));
            y[i] = r.nextDouble() < p;
        }

        LogisticRegression model = LogisticRegression.fit(x, y, 1e-6);

        assertThat(model.intercept()).isCloseTo(-1.0, within(0.06));
        assertThat(model.slopes()[0]).isCloseTo(2.0, within(0.08));
        assertThat(model.slopes()[1]).isCloseTo(-0.5, within(0.05));
        assertThat(model.iterations()).isLessThan(15);
    }

    @Test
    void matches_the_closed_form_of_a_single_binary_feature() {
        // With one 0/1 feature the fit is exact: intercept = logit of the rate at 0,
        // slope = the log odds ratio. Here 10 % at 0 and 50 % at 1.
        double[][] x = new double[200][1];
        boolean[] y = new boolean[200];
        for (int i = 0; i < 100; i++) {
            y[i] = i < 10;
            x[100 + i][0] = 1;
            y[100 + i] = i < 50;
        }

        LogisticRegression model = LogisticRegression.fit(x, y, 0);

        assertThat(model.intercept()).isCloseTo(Math.log(0.1 / 0.9), within(1e-9));
        assertThat(model.slopes()[0]).isCloseTo(Math.log(9), within(1e-9));
        assertThat(model.probability(new double[] {1})).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void stays_finite_when_a_feature_separates_the_classes() {
        double[][] x = {{-2}, {-1}, {1}, {2}};
        boolean[] y = {false, false, true, true};

        LogisticRegression model = LogisticRegression.fit(x, y, 1e-3);

        assertThat(model.slopes()[0]).isPositive().isFinite();
        assertThat(model.probability(new double[] {2})).isGreaterThan(0.9);
    }

    @Test
    void refuses_rows_without_outcomes() {
        assertThatThrownBy(() -> LogisticRegression.fit(new double[2][1], new boolean[1], 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 rows, 1 outcomes");
    }
}

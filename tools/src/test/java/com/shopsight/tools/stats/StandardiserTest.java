package com.shopsight.tools.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StandardiserTest {
    @Test
    void scales_columns_to_mean_zero_and_unit_deviation_and_leaves_constants_at_zero() {
        double[][] x = {{1, 5}, {3, 5}};

        Standardiser s = Standardiser.fit(x);

        assertThat(s.apply(x[0])).containsExactly(new double[] {-1, 0}, within(1e-12));
        assertThat(s.apply(x[1])).containsExactly(new double[] {1, 0}, within(1e-12));
        assertThat(s.mean(0)).isEqualTo(2);
        assertThat(s.sd(1)).isEqualTo(1);
    }
}

package com.shopsight.tools.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MinimiserTest {
    @Test
    void finds_the_minimum_of_the_rosenbrock_valley() {
        double[] x = Minimiser.minimise(p -> 100 * Math.pow(p[1] - p[0] * p[0], 2) + Math.pow(1 - p[0], 2),
                new double[] {-2, -2}, new double[] {2, 2}, new double[] {-1, 1}, new double[] {0.5, -1});

        assertThat(x).containsExactly(new double[] {1, 1}, within(1e-3));
    }

    @Test
    void stops_at_a_bound_when_the_minimum_lies_beyond_it() {
        double[] x = Minimiser.minimise(p -> Math.pow(p[0] - 5, 2) + Math.pow(p[1] - 0.3, 2),
                new double[] {0, 0}, new double[] {1, 1}, new double[] {0.5, 0.5});

        assertThat(x).containsExactly(new double[] {1, 0.3}, within(1e-4));
    }

    @Test
    void a_flat_or_broken_objective_still_returns_a_point_inside_the_bounds() {
        double[] flat = Minimiser.minimise(p -> 7, new double[] {0, 0}, new double[] {1, 1}, new double[] {0.2, 0.8});
        double[] nan = Minimiser.minimise(p -> Double.NaN, new double[] {0, 0}, new double[] {1, 1}, new double[] {0.2, 0.8});

        for (double v : flat) {
            assertThat(v).isBetween(0.0, 1.0);
        }
        for (double v : nan) {
            assertThat(v).isBetween(0.0, 1.0);
        }
    }
}

package com.shopsight.tools.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RankingTest {
    @Test
    void auc_is_one_for_a_perfect_ranking_a_half_for_all_ties_and_zero_for_a_reversed_one() {
        boolean[] labels = {false, false, true, true};

        assertThat(Ranking.auc(new double[] {0.1, 0.2, 0.8, 0.9}, labels)).isEqualTo(1.0);
        assertThat(Ranking.auc(new double[] {0.5, 0.5, 0.5, 0.5}, labels)).isEqualTo(0.5);
        assertThat(Ranking.auc(new double[] {0.9, 0.8, 0.2, 0.1}, labels)).isEqualTo(0.0);
    }

    @Test
    void auc_counts_pairs_with_ties_as_half() {
        // Pairs (positive, negative): (0.8, 0.1) win, (0.8, 0.8) tie, (0.4, 0.1) win, (0.4, 0.8) loss.
        double auc = Ranking.auc(new double[] {0.1, 0.8, 0.8, 0.4}, new boolean[] {false, false, true, true});

        assertThat(auc).isCloseTo(2.5 / 4, within(1e-12));
    }

    @Test
    void auc_is_undefined_with_one_class_only() {
        assertThat(Ranking.auc(new double[] {1, 2}, new boolean[] {true, true})).isNaN();
    }

    @Test
    void precision_at_the_top_decile_counts_positives_among_the_highest_tenth() {
        double[] scores = new double[20];
        boolean[] labels = new boolean[20];
        for (int i = 0; i < 20; i++) {
            scores[i] = i;
            labels[i] = i == 19 || i == 5;
        }

        assertThat(Ranking.precisionAtTop(scores, labels, 0.1)).isEqualTo(0.5);
    }
}

package com.shopsight.tools.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ClusteringTest {
    /** Three round blobs of 200 points each, far apart, in 4 dimensions. */
    private static double[][] blobs(long seed) {
        Random r = new Random(seed);
        double[][] centres = {{0, 0, 0, 0}, {6, 6, 0, 0}, {0, 6, 6, 6}};
        double[][] points = new double[600][4];
        for (int i = 0; i < 600; i++) {
            for (int j = 0; j < 4; j++) {
                points[i][j] = centres[i / 200][j] + r.nextGaussian();
            }
        }
        return points;
    }

    @Test
    void three_separate_blobs_give_k_3_with_a_high_silhouette_and_every_blob_in_one_cluster() {
        Clustering.Solution s = Clustering.best(blobs(1), 2, 8, 42, 300);

        assertThat(s.k()).isEqualTo(3);
        assertThat(s.silhouette()).isGreaterThan(0.6);
        for (int blob = 0; blob < 3; blob++) {
            int first = s.assignment()[blob * 200];
            for (int i = blob * 200; i < blob * 200 + 200; i++) {
                assertThat(s.assignment()[i]).isEqualTo(first);
            }
        }
    }

    @Test
    void the_same_seed_gives_the_same_clusters() {
        Clustering.Solution a = Clustering.best(blobs(2), 2, 5, 7, 200);
        Clustering.Solution b = Clustering.best(blobs(2), 2, 5, 7, 200);

        assertThat(a.assignment()).isEqualTo(b.assignment());
        assertThat(a.silhouettes()).isEqualTo(b.silhouettes());
    }

    @Test
    void silhouette_is_one_for_two_points_on_top_of_each_other_in_two_far_clusters() {
        double[][] points = {{0, 0}, {0, 0}, {10, 10}, {10, 10}};

        assertThat(Clustering.silhouette(points, new int[] {0, 0, 1, 1}, 2, new int[] {0, 1, 2, 3})).isEqualTo(1.0);
    }
}

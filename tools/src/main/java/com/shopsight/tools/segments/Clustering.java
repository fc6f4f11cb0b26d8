package com.shopsight.tools.segments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.clustering.MultiKMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;

/**
 * k-means++ (Commons Math) for each k in a range, with several trials per k because a single
 * k-means run can stop in a poor local optimum, and k chosen by the mean silhouette: how much
 * closer each point is to its own cluster than to the next one. The silhouette costs the
 * square of the points, so it is measured on a fixed random subset.
 */
final class Clustering {
    static final int TRIALS = 5;
    static final int MAX_ITERATIONS = 100;

    private Clustering() {}

    /**
     * The chosen clustering.
     *
     * @param assignment the cluster of each point, 0 to k - 1, clusters ordered largest first
     * @param centroids the centre of each cluster, in the same order
     * @param silhouettes the mean silhouette of every k tried
     */
    record Solution(int k, double silhouette, int[] assignment, double[][] centroids, Map<Integer, Double> silhouettes) {}

    private record Point(int index, double[] coordinates) implements Clusterable {
        @Override
        public double[] getPoint() {
            return coordinates;
        }
    }

    /** Clusters {@code points} for every k from {@code minK} to {@code maxK}; the same seed gives the same answer. */
    static Solution best(double[][] points, int minK, int maxK, long seed, int silhouetteSample) {
        if (points.length <= maxK) {
            throw new IllegalArgumentException("need more than " + maxK + " points to try " + maxK + " clusters, not " + points.length);
        }
        List<Point> data = new ArrayList<>(points.length);
        for (int i = 0; i < points.length; i++) {
            data.add(new Point(i, points[i]));
        }
        int[] subset = subset(points.length, silhouetteSample, seed);
        Map<Integer, Double> silhouettes = new LinkedHashMap<>();
        Solution best = null;
        for (int k = minK; k <= maxK; k++) {
            KMeansPlusPlusClusterer<Point> one = new KMeansPlusPlusClusterer<>(k, MAX_ITERATIONS, new EuclideanDistance(),
                    new JDKRandomGenerator((int) (seed * 31 + k)));
            List<CentroidCluster<Point>> clusters = new MultiKMeansPlusPlusClusterer<>(one, TRIALS).cluster(data);
            clusters.sort((a, b) -> Integer.compare(b.getPoints().size(), a.getPoints().size()));
            int[] assignment = new int[points.length];
            double[][] centroids = new double[clusters.size()][];
            for (int c = 0; c < clusters.size(); c++) {
                centroids[c] = clusters.get(c).getCenter().getPoint();
                for (Point p : clusters.get(c).getPoints()) {
                    assignment[p.index()] = c;
                }
            }
            double s = silhouette(points, assignment, clusters.size(), subset);
            silhouettes.put(k, s);
            // Strictly better only: on a tie the smaller k, the simpler story, stays.
            if (best == null || s > best.silhouette()) {
                best = new Solution(clusters.size(), s, assignment, centroids, silhouettes);
            }
        }
        return new Solution(best.k(), best.silhouette(), best.assignment(), best.centroids(), Map.copyOf(silhouettes));
    }

    /** The mean silhouette of the points in {@code subset}, measured against the others in it. */
    static double silhouette(double[][] points, int[] assignment, int k, int[] subset) {
        double total = 0;
        for (int i : subset) {
            double[] sum = new double[k];
            int[] count = new int[k];
            for (int j : subset) {
                if (j != i) {
                    sum[assignment[j]] += distance(points[i], points[j]);
                    count[assignment[j]]++;
                }
            }
            int own = assignment[i];
            if (count[own] == 0) {
                continue; // a point alone in its cluster scores 0 by convention
            }
            double a = sum[own] / count[own];
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && count[c] > 0) {
                    b = Math.min(b, sum[c] / count[c]);
                }
            }
            if (Double.isFinite(b)) {
                total += (b - a) / Math.max(a, b);
            }
        }
        return total / subset.length;
    }

    /** Up to {@code size} distinct indices below {@code n}, the same for the same seed. */
    private static int[] subset(int n, int size, long seed) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        Random r = new Random(seed);
        int m = Math.min(n, size);
        for (int i = 0; i < m; i++) {
            int j = i + r.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return java.util.Arrays.copyOf(all, m);
    }

    static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}

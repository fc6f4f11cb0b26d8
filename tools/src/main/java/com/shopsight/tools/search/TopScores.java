package com.shopsight.tools.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The best of a hundred thousand scores without sorting them all. */
final class TopScores {
    private TopScores() {}

    /**
     * The articles with a positive score, best first (ties by id): enough of them for
     * {@code limit} results after skipping look-alike variants, without sorting the catalogue.
     */
    static List<Integer> ranked(double[] score, String[] ids, int limit) {
        int keep = limit * 20 + 100;
        int positive = 0;
        for (double v : score) {
            if (v > 0) {
                positive++;
            }
        }
        double[] values = new double[positive];
        int n = 0;
        for (double v : score) {
            if (v > 0) {
                values[n++] = v;
            }
        }
        // The keep-th best score, found in linear time, bounds what needs sorting.
        double cutoff = values.length <= keep ? 0 : kthLargest(values, keep);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < score.length; i++) {
            if (score[i] > 0 && score[i] >= cutoff) {
                out.add(i);
            }
        }
        out.sort(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparing(i -> ids[i]));
        return out;
    }

    /** The k-th largest of {@code a} (1-based), by quickselect; reorders {@code a}. */
    static double kthLargest(double[] a, int k) {
        int lo = 0;
        int hi = a.length - 1;
        int target = k - 1;
        java.util.Random random = new java.util.Random(k);
        while (lo < hi) {
            double pivot = a[lo + random.nextInt(hi - lo + 1)];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] > pivot) {
                    i++;
                }
                while (a[j] < pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                return a[target];
            }
        }
        return a[target];
    }
}

package com.shopsight.tools.stats;

import java.util.Arrays;
import java.util.Comparator;

/** How well scores rank positive cases above negative ones. */
public final class Ranking {
    private Ranking() {}

    /**
     * The area under the ROC curve: the chance that a random positive scores above a random
     * negative, ties counting half (the Mann-Whitney statistic with mid-ranks). NaN when
     * either class is empty.
     */
    public static double auc(double[] scores, boolean[] positive) {
        int n = scores.length;
        Integer[] order = sortedAscending(scores);
        double rankSumPositives = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    rankSumPositives += midRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumPositives - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /**
     * The share of positives among the {@code fraction} of cases with the highest scores (at
     * least one case); ties at the cut are broken by the order given.
     */
    public static double precisionAtTop(double[] scores, boolean[] positive, double fraction) {
        int n = scores.length;
        int top = Math.max(1, (int) Math.round(n * fraction));
        Integer[] order = sortedAscending(scores);
        int hits = 0;
        for (int k = n - 1; k >= n - top; k--) {
            hits += positive[order[k]] ? 1 : 0;
        }
        return (double) hits / top;
    }

    private static Integer[] sortedAscending(double[] scores) {
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        return order;
    }
}

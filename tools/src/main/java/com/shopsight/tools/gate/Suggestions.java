package com.shopsight.tools.gate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Nearest real names for a misspelt one. Names are compared by their words first (prod_type
 * shares "prod" and "type" with product_type_name), then by edit distance, so an abbreviated
 * name finds the long one an edit distance alone would miss.
 */
final class Suggestions {
    private Suggestions() {}

    /** Up to {@code max} of {@code candidates} that resemble {@code wrong}, best first. */
    static List<String> nearest(String wrong, Collection<String> candidates, int max) {
        return nearest(wrong, candidates, name -> false, max);
    }

    /**
     * Up to {@code max} of {@code candidates} that resemble {@code wrong}, best first. Among
     * equally good matches the {@code favoured} ones come first: for columns, the text ones,
     * because someone who writes "prod_type" means product_type_name more often than
     * product_type_no.
     */
    static List<String> nearest(String wrong, Collection<String> candidates, Predicate<String> favoured, int max) {
        String w = wrong.toLowerCase(Locale.ROOT);
        List<Scored> scored = new ArrayList<>();
        for (String c : new LinkedHashSet<>(candidates)) {
            String lc = c.toLowerCase(Locale.ROOT);
            double coverage = wordCoverage(w, lc);
            double distance = (double) editDistance(w, lc) / Math.max(w.length(), lc.length());
            if (!lc.equals(w) && (coverage >= 0.5 || distance <= 0.34)) {
                scored.add(new Scored(c, coverage, favoured.test(c), distance));
            }
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.coverage)
                .thenComparing(s -> !s.favoured)
                .thenComparingDouble(s -> s.distance));
        return scored.stream().limit(max).map(Scored::name).toList();
    }

    private record Scored(String name, double coverage, boolean favoured, double distance) {}

    /** The share of the words of {@code wrong} that a word of {@code candidate} matches. */
    private static double wordCoverage(String wrong, String candidate) {
        String[] wrongWords = wrong.split("[^\\p{L}\\p{N}]+");
        String[] words = candidate.split("[^\\p{L}\\p{N}]+");
        int matched = 0;
        int total = 0;
        for (String w : wrongWords) {
            if (w.isEmpty()) {
                continue;
            }
            total++;
            for (String c : words) {
                if (wordsMatch(w, c)) {
                    matched++;
                    break;
                }
            }
        }
        return total == 0 ? 0 : (double) matched / total;
    }

    private static boolean wordsMatch(String w, String c) {
        if (c.isEmpty()) {
            return false;
        }
        if (c.equals(w) || (w.length() >= 3 && c.startsWith(w)) || (c.length() >= 3 && w.startsWith(c))) {
            return true;
        }
        return Math.min(w.length(), c.length()) >= 4 && editDistance(w, c) <= 1;
    }

    /** Optimal string alignment distance: Levenshtein plus swapped neighbours. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

package com.shopsight.tools.basket;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Close matches for a misspelt item name, to suggest instead. */
final class ItemNames {
    private ItemNames() {}

    /** Up to {@code max} of {@code names} closest to {@code wanted}, closest first; only plausible ones. */
    static List<String> closest(String wanted, List<String> names, int max) {
        String w = wanted.toLowerCase(Locale.ROOT).strip();
        record Scored(String name, double distance) {}
        return names.stream()
                .map(n -> new Scored(n, distance(w, n.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance() <= 0.5)
                .sorted(Comparator.comparingDouble(Scored::distance).thenComparing(Scored::name))
                .limit(max)
                .map(Scored::name)
                .toList();
    }

    /** Edit distance over the longer length, 0 (same) to 1; containing the other counts as close. */
    static double distance(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 1;
        }
        if (a.contains(b) || b.contains(a)) {
            return 0.25 * (1 - (double) Math.min(a.length(), b.length()) / Math.max(a.length(), b.length()));
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return (double) prev[b.length()] / Math.max(a.length(), b.length());
    }
}

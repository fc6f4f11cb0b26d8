package com.shopsight.agent.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a misspelt word as the known word it is closest to ("trousres" -> "trousers",
 * "colur" -> "colour"), by edit distance with transpositions. It corrects only when the
 * nearest words all mean the same thing; otherwise it offers them as suggestions. It never
 * corrects into a number word: "Nike" is a brand, not "nine".
 */
public final class Spelling {
    private final Lexicon lexicon;

    public Spelling(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** What a word may have meant: the correction, or the candidates when they disagree. */
    public record Reading(Optional<String> correction, List<String> candidates) {
        public Reading {
            candidates = List.copyOf(candidates);
        }
    }

    /** The most edits a word of this length may need to count as misspelt. */
    static int allowance(int length) {
        return length < 4 ? 0 : length < 8 ? 1 : 2;
    }

    /** Reads {@code word}, which the lexicon does not know. */
    public Reading read(String word) {
        int allowed = allowance(word.length());
        if (allowed == 0 || word.chars().anyMatch(Character::isDigit)) {
            return new Reading(Optional.empty(), List.of());
        }
        int best = allowed + 1;
        List<String> nearest = new ArrayList<>();
        for (String known : lexicon.vocabulary()) {
            if (Math.abs(known.length() - word.length()) > allowed || known.length() < 3) {
                continue;
            }
            int d = distance(word, known, allowed + 1);
            if (d > allowed) {
                continue;
            }
            if (d < best) {
                best = d;
                nearest.clear();
            }
            if (d == best) {
                nearest.add(known);
            }
        }
        if (nearest.isEmpty()) {
            return new Reading(Optional.empty(), List.of());
        }
        nearest.sort(String::compareTo);
        if (nearest.stream().anyMatch(this::numberWord)) {
            // A number word changes the question's shape ("top 9"): a word near one ("Nike" and
            // "nine") is far more likely a brand or a name than a typo, and near "like" it is no
            // filler either. It stays unread, for the planner to say so or search for it.
            return new Reading(Optional.empty(), List.of());
        }
        List<String> sameStart = nearest.stream().filter(n -> n.charAt(0) == word.charAt(0)).toList();
        List<String> pool = sameStart.isEmpty() ? nearest : sameStart;
        if (best == 2) {
            // Two edits are trusted only for a word that starts the same and means something:
            // "falling" is not "selling", and a long word is never quietly read as filler.
            pool = sameStart.stream().filter(n -> {
                List<Meaning> m = lexicon.meaningsOf(n);
                return m.isEmpty() || !(m.get(0) instanceof Meaning.Filler);
            }).toList();
            if (pool.isEmpty()) {
                return new Reading(Optional.empty(), nearest);
            }
        }
        // Of equally near words, the one keeping most of the letters in order wins: "typs" is
        // "types" (an e left out) before "tops" (a letter changed).
        int most = pool.stream().mapToInt(n -> common(word, n)).max().orElse(0);
        pool = pool.stream().filter(n -> common(word, n) == most).toList();
        Set<Object> meanings = new LinkedHashSet<>();
        for (String n : pool) {
            List<Meaning> m = lexicon.meaningsOf(n);
            meanings.add(m.isEmpty() ? n : m.get(0));
        }
        return meanings.size() == 1 ? new Reading(Optional.of(pool.get(0)), nearest) : new Reading(Optional.empty(), nearest);
    }

    private boolean numberWord(String known) {
        List<Meaning> m = lexicon.meaningsOf(known);
        return !m.isEmpty() && m.get(0) instanceof Meaning.Number;
    }

    /** The length of the longest common subsequence of two words. */
    static int common(String a, String b) {
        int[][] l = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                l[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? l[i - 1][j - 1] + 1 : Math.max(l[i - 1][j], l[i][j - 1]);
            }
        }
        return l[a.length()][b.length()];
    }

    /** Optimal string alignment distance, giving up (returning {@code limit}) once it must exceed it. */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin >= limit) {
                return limit;
            }
        }
        return Math.min(d[n][m], limit);
    }
}

package com.shopsight.tools.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word matching over the catalogue: per field, which articles hold each stem (an inverted
 * index), each stem's document frequency, and the stems of every distinct name and
 * description in order, for phrases. Built once; read by many queries at once.
 */
final class LexicalIndex {
    /** A catalogue stem a query word reached, and how well (1 exact, less for a typo or a prefix). */
    record Candidate(int stem, double quality, String how) {}

    private final ArticleCatalogue catalogue;
    private final Map<String, Integer> stemIds = new HashMap<>();
    private final List<String> stems = new ArrayList<>();
    private final int[] df;
    /** postings[field][stem]: the articles holding the stem in that field, increasing. */
    private final int[][][] postings;
    /** Per article, the stems of its name and description in order, for phrase matches. */
    private final int[][] sequence;

    LexicalIndex(ArticleCatalogue c) {
        this.catalogue = c;
        Map<String, int[]> cache = new HashMap<>();
        List<List<List<Integer>>> lists = new ArrayList<>();
        for (int f = 0; f < Field.values().length; f++) {
            lists.add(new ArrayList<>());
        }
        sequence = new int[c.size][];
        List<int[]> perArticleAll = new ArrayList<>();
        for (int i = 0; i < c.size; i++) {
            int[] all = new int[0];
            for (Field field : Field.values()) {
                for (String text : field.texts(c, i)) {
                    int[] ids = text == null ? new int[0] : cache.computeIfAbsent(text, this::ids);
                    for (int id : ids) {
                        List<List<Integer>> byStem = lists.get(field.ordinal());
                        while (byStem.size() <= id) {
                            byStem.add(new ArrayList<>());
                        }
                        List<Integer> p = byStem.get(id);
                        if (p.isEmpty() || p.get(p.size() - 1) != i) {
                            p.add(i);
                        }
                    }
                    all = concat(all, ids);
                }
            }
            perArticleAll.add(all);
            sequence[i] = concat(c.name[i] == null ? new int[0] : cache.get(c.name[i]),
                    c.description[i] == null ? new int[0] : cache.get(c.description[i]));
        }
        df = new int[stems.size()];
        for (int[] all : perArticleAll) {
            Arrays.stream(all).distinct().forEach(s -> df[s]++);
        }
        postings = new int[Field.values().length][][];
        for (int f = 0; f < postings.length; f++) {
            List<List<Integer>> byStem = lists.get(f);
            postings[f] = new int[stems.size()][];
            for (int s = 0; s < stems.size(); s++) {
                postings[f][s] = s < byStem.size() ? byStem.get(s).stream().mapToInt(Integer::intValue).toArray() : new int[0];
            }
        }
    }

    private int[] ids(String text) {
        return Words.stems(text).stream().mapToInt(s -> stemIds.computeIfAbsent(s, k -> {
            stems.add(k);
            return stems.size() - 1;
        })).toArray();
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    int articles() {
        return catalogue.size;
    }

    /**
     * The catalogue stems a query word reaches: itself and its synonyms exactly, else those
     * within its typo allowance, else those it begins (a word of four letters or more).
     */
    List<Candidate> candidates(String word) {
        List<Candidate> out = new ArrayList<>();
        for (String w : Words.withSynonyms(word)) {
            Integer exact = stemIds.get(Words.stem(w));
            if (exact != null) {
                out.add(new Candidate(exact, 1.0, w.equals(word) ? "exact" : "synonym"));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        String stem = Words.stem(word);
        int allowed = Fuzzy.allowedEdits(stem.length());
        for (int s = 0; s < stems.size() && allowed > 0; s++) {
            int d = Fuzzy.distance(stem, stems.get(s), allowed);
            if (d <= allowed) {
                out.add(new Candidate(s, d == 1 ? 0.8 : 0.65, "typo"));
            }
        }
        if (out.isEmpty() && stem.length() >= 4) {
            for (int s = 0; s < stems.size(); s++) {
                if (stems.get(s).startsWith(stem)) {
                    out.add(new Candidate(s, 0.7, "prefix"));
                }
            }
        }
        return out;
    }

    /** How rare a stem is: log(1 + articles / articles holding it). */
    double idf(int stem) {
        return Math.log(1 + (double) catalogue.size / Math.max(1, df[stem]));
    }

    String stem(int id) {
        return stems.get(id);
    }

    int[] postings(Field field, int stem) {
        return postings[field.ordinal()][stem];
    }

    /** Whether article {@code i}'s name or description has stem {@code a} right before stem {@code b}. */
    boolean phrase(int i, int a, int b) {
        int[] seq = sequence[i];
        for (int k = 0; k + 1 < seq.length; k++) {
            if (seq[k] == a && seq[k + 1] == b) {
                return true;
            }
        }
        return false;
    }

    /** The best field of article {@code i} holding {@code stem}, or null. */
    Field fieldOf(int i, int stem) {
        for (Field f : Field.values()) {
            if (Arrays.binarySearch(postings(f, stem), i) >= 0) {
                return f;
            }
        }
        return null;
    }
}

package com.shopsight.tools.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ranks the catalogue for one query. Each query word adds its rarity (idf) times how well and
 * where it matched (product type counts most, description least); consecutive words found as
 * a phrase in a name or description add a bonus. With the semantic index ready the score is
 * 0.55 x words + 0.45 x meaning (cosine rescaled from 0.45..0.85 to 0..1); a small share of
 * popularity (units sold, log scale) breaks near-ties towards what people buy.
 */
final class SearchEngine {
    static final double WORDS = 0.55;
    static final double MEANING = 0.45;
    static final double POPULARITY = 0.05;
    static final double PHRASE_BONUS = 0.5;
    /** Cosine similarities of bge-small: about 0.45 for unrelated retail texts, 0.85 and up for near-equal ones. */
    static final double COSINE_FLOOR = 0.45;
    static final double COSINE_CEILING = 0.85;
    /**
     * Without any word match, meaning alone must reach this to count as found: the best of 65,000
     * catalogue texts against gibberish reaches about 0.65, against "party outfit" 0.75.
     */
    static final double MEANING_ONLY_THRESHOLD = 0.70;
    static final int VARIANTS_PER_PRODUCT = 2;

    private final ArticleCatalogue catalogue;
    private final LexicalIndex lexical;
    private final SemanticIndex semantic;
    private final double maxPopularity;

    SearchEngine(ArticleCatalogue catalogue, SemanticIndex semantic) {
        this.catalogue = catalogue;
        this.lexical = new LexicalIndex(catalogue);
        this.semantic = semantic;
        this.maxPopularity = Math.log1p(Arrays.stream(catalogue.units).max().orElse(0));
    }

    SemanticIndex semantic() {
        return semantic;
    }

    SearchResult search(SearchParams p, String sql) {
        long start = System.nanoTime();
        Query q = Query.read(p.query(), lexical);
        if (q.terms().isEmpty()) {
            String why = q.brands().isEmpty()
                    ? "there is nothing to search for in '" + p.query().strip() + "': name a product, a type, a colour or a use"
                    : Messages.nothing(q, false).replaceFirst("\\.$", "") + "; name a kind of product to see H&M's closest articles";
            return new SearchResult.NothingFound(p.query(), why, q.unmatched(), List.of(), semantic.status(), sql);
        }
        double[] words = wordScores(q);
        double[] meaning = semantic.similarities(q.semanticText());
        boolean anyWord = q.matchedCount() > 0;
        double bestMeaning = meaning == null ? 0 : Arrays.stream(meaning).max().orElse(0);
        if (!anyWord && (meaning == null || bestMeaning < MEANING_ONLY_THRESHOLD)) {
            return new SearchResult.NothingFound(p.query(), Messages.nothing(q, meaning != null), q.unmatched(),
                    Messages.suggestions(q, catalogue), semantic.status(), sql);
        }
        double[] score = new double[catalogue.size];
        for (int i = 0; i < score.length; i++) {
            double w = words[i];
            double m = meaning == null ? 0 : rescale(meaning[i]);
            double relevance = meaning == null ? w : WORDS * w + MEANING * m;
            score[i] = relevance <= 0 ? 0 : relevance + POPULARITY * popularity(i);
        }
        List<ArticleMatch> top = top(score, words, meaning, q, p.limit());
        return new SearchResult.Found(p.query(), Messages.found(q, top.size()), top, understood(q, top),
                q.unmatched(), semantic.status(), sql, (System.nanoTime() - start) / 1_000_000);
    }

    /** Word scores in [0, 1]: the share of the best possible score for these words. */
    private double[] wordScores(Query q) {
        double[] total = new double[catalogue.size];
        double possible = 0;
        for (Query.Term t : q.terms()) {
            if (t.candidates().isEmpty()) {
                // Unmatched words are reported, not held against every article alike.
                continue;
            }
            possible += t.idf() * Field.MAX_WEIGHT;
            // A word reaching several stems (a synonym list) scores its best stem fully and its
            // second best at a third: "jeans" prefers denim trousers to other trousers.
            double[] best = new double[catalogue.size];
            double[] second = new double[catalogue.size];
            double[] mine = new double[catalogue.size];
            int[] touched = new int[catalogue.size];
            for (LexicalIndex.Candidate c : t.candidates()) {
                int count = 0;
                for (Field f : Field.values()) {
                    double value = f.weight * c.quality();
                    for (int i : lexical.postings(f, c.stem())) {
                        if (mine[i] == 0) {
                            touched[count++] = i;
                        }
                        mine[i] = Math.max(mine[i], value);
                    }
                }
                for (int k = 0; k < count; k++) {
                    int i = touched[k];
                    if (mine[i] > best[i]) {
                        second[i] = best[i];
                        best[i] = mine[i];
                    } else if (mine[i] > second[i]) {
                        second[i] = mine[i];
                    }
                    mine[i] = 0;
                }
            }
            for (int i = 0; i < total.length; i++) {
                total[i] += t.idf() * Math.min(Field.MAX_WEIGHT, best[i] + second[i] / 3);
            }
        }
        addPhraseBonus(q, total);
        if (possible > 0) {
            for (int i = 0; i < total.length; i++) {
                total[i] = Math.min(1, total[i] / possible);
            }
        }
        return total;
    }

    private void addPhraseBonus(Query q, double[] total) {
        List<Query.Term> terms = q.terms();
        for (int k = 0; k + 1 < terms.size(); k++) {
            Query.Term a = terms.get(k);
            Query.Term b = terms.get(k + 1);
            if (a.exactStem() < 0 || b.exactStem() < 0) {
                continue;
            }
            double bonus = PHRASE_BONUS * (a.idf() + b.idf()) / 2;
            for (int i : lexical.postings(Field.DESCRIPTION, b.exactStem())) {
                if (lexical.phrase(i, a.exactStem(), b.exactStem())) {
                    total[i] += bonus;
                }
            }
        }
    }

    private double popularity(int i) {
        return maxPopularity == 0 ? 0 : Math.log1p(catalogue.units[i]) / maxPopularity;
    }

    static double rescale(double cosine) {
        return Math.max(0, Math.min(1, (cosine - COSINE_FLOOR) / (COSINE_CEILING - COSINE_FLOOR)));
    }

    private List<ArticleMatch> top(double[] score, double[] words, double[] meaning, Query q, int limit) {
        Map<String, Integer> perProduct = new HashMap<>();
        java.util.Set<String> shownLooks = new java.util.HashSet<>();
        List<ArticleMatch> out = new ArrayList<>();
        for (int i : TopScores.ranked(score, catalogue.id, limit)) {
            if (out.size() == limit) {
                break;
            }
            String product = catalogue.productCode[i] == null ? catalogue.id[i] : catalogue.productCode[i];
            // Variants that look alike in a list (same product, same colour) are shown once.
            if (!shownLooks.add(product + "|" + catalogue.colour[i])
                    || perProduct.merge(product, 1, Integer::sum) > VARIANTS_PER_PRODUCT) {
                continue;
            }
            out.add(new ArticleMatch(catalogue.id[i], catalogue.name[i], catalogue.type[i], catalogue.colour[i], catalogue.section[i],
                    catalogue.description[i], catalogue.units[i], round(score[i]), round(words[i]),
                    meaning == null ? null : round(meaning[i]), matched(q, i)));
        }
        return out;
    }

    private List<String> matched(Query q, int i) {
        List<String> out = new ArrayList<>();
        for (Query.Term t : q.terms()) {
            for (LexicalIndex.Candidate c : t.candidates()) {
                Field f = lexical.fieldOf(i, c.stem());
                if (f != null) {
                    out.add(t.word() + ": " + f.label + (c.how().equals("exact") ? "" : " (" + c.how() + " " + lexical.stem(c.stem()) + ")"));
                    break;
                }
            }
        }
        return out;
    }

    /** How each matched word was read, by where it matched most among the results. */
    private List<String> understood(Query q, List<ArticleMatch> top) {
        List<String> out = new ArrayList<>();
        for (Query.Term t : q.terms()) {
            if (t.candidates().isEmpty()) {
                continue;
            }
            Map<String, Integer> where = new LinkedHashMap<>();
            for (ArticleMatch m : top) {
                for (String s : m.matched()) {
                    if (s.startsWith(t.word() + ": ")) {
                        where.merge(s.substring(t.word().length() + 2), 1, Integer::sum);
                    }
                }
            }
            String field = where.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("no result");
            out.add(t.word() + ": " + field);
        }
        if (semantic.status().state() == SemanticIndex.State.READY) {
            out.add("meaning: '" + q.semanticText() + "' compared with names, types and descriptions");
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

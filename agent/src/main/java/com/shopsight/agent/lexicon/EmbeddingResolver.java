package com.shopsight.agent.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a word the lexicon does not know to the known phrase nearest in meaning, with an
 * in-process sentence embedding model: "denim" to "jeans", "loungewear" to "nightwear". Only
 * the phrases of business meanings are candidates (metrics, dimensions, filters, values and
 * their synonyms, tools), never grammar, time or refusal words, and never product names (too
 * many to embed up front). The candidates are embedded once, on the first unknown word.
 */
public final class EmbeddingResolver implements NearestPhrase {
    /** An embedding model: unit-length vectors, one per text, so a dot product is the cosine. */
    public interface Embedder {
        float[][] embed(List<String> texts);
    }

    /** The similarity below which an unknown word is left unknown rather than guessed. */
    public static final double DEFAULT_THRESHOLD = 0.82;

    private final Embedder embedder;
    private final double threshold;
    private final List<Lexicon.Entry> candidates;
    private float[][] vectors;

    public EmbeddingResolver(Lexicon lexicon, Embedder embedder, double threshold) {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        this.embedder = embedder;
        this.threshold = threshold;
        Map<String, Lexicon.Entry> byPhrase = new LinkedHashMap<>();
        for (Lexicon.Entry e : lexicon.entries()) {
            if (candidate(e)) {
                byPhrase.merge(String.join(" ", e.words()), e, (a, b) -> a.priority() <= b.priority() ? a : b);
            }
        }
        this.candidates = new ArrayList<>(byPhrase.values());
    }

    @Override
    public synchronized Optional<Match> nearest(String words) {
        if (candidates.isEmpty() || words.isBlank()) {
            return Optional.empty();
        }
        if (vectors == null) {
            vectors = embedder.embed(candidates.stream().map(e -> String.join(" ", e.words())).toList());
        }
        float[] v = embedder.embed(List.of(words))[0];
        int best = -1;
        double similarity = -1;
        for (int i = 0; i < vectors.length; i++) {
            double s = dot(v, vectors[i]);
            if (s > similarity) {
                similarity = s;
                best = i;
            }
        }
        return similarity >= threshold ? Optional.of(new Match(candidates.get(best), similarity)) : Optional.empty();
    }

    private static boolean candidate(Lexicon.Entry e) {
        Meaning m = e.meaning();
        boolean business = m instanceof Meaning.Metric || m instanceof Meaning.Dimension || m instanceof Meaning.Filter
                || m instanceof Meaning.Tool || m instanceof Meaning.Derived
                || m instanceof Meaning.Value v && !v.dimension().equals("product");
        return business && e.priority() < Priority.PRODUCT_NAME;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}

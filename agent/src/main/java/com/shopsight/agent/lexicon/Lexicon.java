package com.shopsight.agent.lexicon;

import com.shopsight.agent.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every phrase the planner knows and what it means, built from the semantic model, the
 * values learned from the data and the English word lists. When a phrase means several
 * things, the more specific source wins (see {@link Priority}).
 */
public final class Lexicon {
    /** A known phrase: its normalised words, its meaning and the rank of its source. */
    public record Entry(List<String> words, Meaning meaning, int priority) {
        public Entry {
            words = List.copyOf(words);
        }

        public int length() {
            return words.size();
        }
    }

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Set<String> vocabulary = new HashSet<>();

    Lexicon() {}

    /** Builds the lexicon of a dataset. */
    public static Lexicon build(SemanticModel model, LearnedValues values, EnglishWords english) {
        return new LexiconBuilder(model, values, english).build();
    }

    void add(String phrase, Meaning meaning, int priority) {
        List<String> words = Tokenizer.words(phrase);
        if (words.isEmpty()) {
            return;
        }
        byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Entry(words, meaning, priority));
        vocabulary.addAll(words);
    }

    /**
     * The best entry starting at word {@code i}: the longest phrase that matches, and of
     * phrases equally long the one of highest priority (lowest number).
     */
    public Optional<Entry> longestAt(List<String> words, int i) {
        List<Entry> candidates = byFirstWord.getOrDefault(words.get(i), List.of());
        Entry best = null;
        for (Entry e : candidates) {
            if (matches(e.words(), words, i) && (best == null || e.length() > best.length()
                    || (e.length() == best.length() && e.priority() < best.priority()))) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every meaning of {@code word} on its own, best first. */
    public List<Meaning> meaningsOf(String word) {
        return byFirstWord.getOrDefault(word, List.of()).stream().filter(e -> e.length() == 1)
                .sorted(Comparator.comparingInt(Entry::priority)).map(Entry::meaning).distinct().toList();
    }

    /** Every single word that is part of some known phrase. */
    public Set<String> vocabulary() {
        return java.util.Collections.unmodifiableSet(vocabulary);
    }

    /** The phrases that mean exactly {@code meaning}, for suggestions and embeddings. */
    public List<String> phrasesOf(Meaning meaning) {
        List<String> out = new ArrayList<>();
        byFirstWord.values().forEach(list -> list.stream().filter(e -> e.meaning().equals(meaning))
                .forEach(e -> out.add(String.join(" ", e.words()))));
        return out;
    }

    /** Every entry, for resolvers that compare an unknown word with all known phrases. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        byFirstWord.values().forEach(out::addAll);
        return out;
    }

    private static boolean matches(List<String> phrase, List<String> words, int at) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!phrase.get(k).equals(words.get(at + k))) {
                return false;
            }
        }
        return true;
    }
}

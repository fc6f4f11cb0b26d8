package com.shopsight.agent.planner;

import com.shopsight.agent.lexicon.Lexicon;
import com.shopsight.agent.lexicon.Meaning;
import com.shopsight.agent.lexicon.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks the example questions of the semantic model nearest to a question the planner could
 * not answer, by the meaningful words they share; the model's order breaks ties.
 */
final class Suggestions {
    private static final int COUNT = 4;

    private final Lexicon lexicon;
    private final List<String> examples;

    Suggestions(Lexicon lexicon, List<String> examples) {
        this.lexicon = lexicon;
        this.examples = List.copyOf(examples);
    }

    List<String> nearest(String question) {
        Set<String> words = meaningful(question);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -overlap(words, meaningful(examples.get(i))))
                .thenComparingInt(i -> i));
        return order.stream().limit(COUNT).map(examples::get).toList();
    }

    /** The first few examples, for refusals. */
    List<String> some() {
        return examples.stream().limit(COUNT).toList();
    }

    private static int overlap(Set<String> a, Set<String> b) {
        int n = 0;
        for (String w : a) {
            if (b.contains(w)) {
                n++;
            }
        }
        return n;
    }

    private Set<String> meaningful(String text) {
        Set<String> out = new HashSet<>();
        for (String w : Tokenizer.words(text)) {
            List<Meaning> m = lexicon.meaningsOf(w);
            if (m.isEmpty() || !(m.get(0) instanceof Meaning.Filler)) {
                out.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }
}

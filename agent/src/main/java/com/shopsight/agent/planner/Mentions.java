package com.shopsight.agent.planner;

import java.util.List;
import java.util.Objects;

/**
 * What the mapper found in a question: its phrases in order, filler dropped, and the
 * spelling corrections it made.
 *
 * @param question the question as asked
 * @param items the meaningful phrases and the unreadable ones, in order
 * @param corrections how misspelt words were read ("trousres" as "trousers")
 * @param suggestions for each unreadable word, the known words it is nearest to
 */
public record Mentions(String question, List<Mention> items, List<Correction> corrections,
        List<Suggestion> suggestions) {

    /** A misspelt word and the word it was read as. */
    public record Correction(String written, String read) {}

    /** An unreadable word and the known words nearest to it. */
    public record Suggestion(String written, List<String> nearest) {
        public Suggestion {
            nearest = List.copyOf(nearest);
        }
    }

    public Mentions {
        Objects.requireNonNull(question, "question");
        items = List.copyOf(items);
        corrections = List.copyOf(corrections);
        suggestions = List.copyOf(suggestions);
    }

    /** The phrases the planner could not read. */
    public List<Mention> unknown() {
        return items.stream().filter(Mention::unknown).toList();
    }

    public int size() {
        return items.size();
    }

    public Mention get(int i) {
        return items.get(i);
    }
}

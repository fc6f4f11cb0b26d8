package com.shopsight.agent.eval;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of a golden suite: a question (and any follow-ups asked after it in the same
 * conversation), each with what the right answer is. It passes only when every turn does.
 *
 * @param id unique within the suite, never null
 * @param category what kind of question it is (ranking, kpi, forecast, refusal, ...), never null
 * @param tags how it is phrased (misspelled, casual, calendar, ...), never null
 * @param turns the question first, then its follow-ups; never empty
 */
public record GoldenQuestion(String id, String category, List<String> tags, List<Turn> turns) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    public GoldenQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        tags = tags == null ? List.of() : List.copyOf(tags);
        turns = List.copyOf(turns);
        if (!NAME.matcher(id).matches() || !NAME.matcher(category).matches()) {
            throw new IllegalArgumentException("id and category are lower-case words with - or _: " + id + ", " + category);
        }
        if (turns.isEmpty()) {
            throw new IllegalArgumentException(id + " has no question");
        }
    }

    /** The first question asked. */
    public String question() {
        return turns.get(0).question();
    }
}

package com.shopsight.agent.planner;

import com.shopsight.agent.lexicon.Meaning;
import java.util.Objects;

/**
 * A phrase of the question and what it means: "young customers" -> the filter young.
 *
 * @param meaning what the phrase stands for, or null when the planner could not read it
 * @param text the phrase as the user wrote it
 * @param start where the phrase starts in the question
 * @param end where it ends
 */
public record Mention(Meaning meaning, String text, int start, int end) {
    public Mention {
        Objects.requireNonNull(text, "text");
    }

    /** Whether the planner could not read this phrase. */
    public boolean unknown() {
        return meaning == null;
    }

    public boolean is(Class<? extends Meaning> kind) {
        return kind.isInstance(meaning);
    }

    /** Whether this is the grammar word {@code role}. */
    public boolean isWord(com.shopsight.agent.lexicon.Grammar role) {
        return meaning instanceof Meaning.Word w && w.role() == role;
    }
}

package com.shopsight.agent.lexicon;

import java.util.Objects;

/**
 * One word of a question: its normalised form (lower case, no punctuation) and where it sits
 * in the original text, so what the planner could not read is quoted as the user wrote it.
 *
 * @param text the normalised word, never null or empty
 * @param start the offset of its first character in the original text
 * @param end the offset just past its last character
 */
public record Token(String text, int start, int end) {
    public Token {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty() || start < 0 || end < start) {
            throw new IllegalArgumentException("bad token '" + text + "' at " + start + ".." + end);
        }
    }

    /** Whether the word is a whole number written in digits. */
    public boolean isNumber() {
        return text.chars().allMatch(Character::isDigit);
    }

    /** The same position with another word (a spelling correction). */
    public Token withText(String other) {
        return new Token(other, start, end);
    }
}

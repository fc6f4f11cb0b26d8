package com.shopsight.agent.lexicon;

import java.util.Optional;

/**
 * Finds the known phrase nearest in meaning to words the lexicon does not know ("denim" ->
 * "jeans"), for example with an in-process embedding model. Spelling is handled before;
 * this is for words that are not misspelt but simply not in any list.
 */
public interface NearestPhrase {
    /** None: without an embedding model, unknown words stay unknown. */
    NearestPhrase NONE = words -> Optional.empty();

    /** The nearest known entry to {@code words} when it is near enough to be meant, else empty. */
    Optional<Match> nearest(String words);

    /** A resolution: the entry found and how similar it is (cosine similarity, 0 to 1). */
    record Match(Lexicon.Entry entry, double similarity) {}
}

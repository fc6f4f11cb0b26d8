package com.shopsight.tools.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/** What {@link SearchTool#run} gives back: the {@link Found} articles, or {@link NothingFound}. */
public sealed interface SearchResult {
    /** "found" or "nothing_found". */
    String status();

    /** A query word or brand the catalogue does not have, and why it matters. */
    record Unmatched(String term, String reason) {}

    /**
     * Articles ranked by a mix of word matches and meaning.
     *
     * @param query the search as typed
     * @param message one sentence for the reader, saying what could not be matched
     * @param articles the best matches, at most two colour variants of a product
     * @param understood how each query word was read: "black: colour Black"
     * @param unmatched words and brands found nowhere in the catalogue
     * @param semantic where the semantic index stood when this ran
     * @param sql the catalogue query the search index was built from
     * @param elapsedMs time to answer, index already built
     */
    @JsonPropertyOrder({"status", "query", "message", "articles", "understood", "unmatched", "semantic", "sql", "elapsedMs"})
    record Found(String query, String message, List<ArticleMatch> articles, List<String> understood, List<Unmatched> unmatched,
            SemanticIndex.Status semantic, String sql, long elapsedMs) implements SearchResult {
        public Found {
            Objects.requireNonNull(message, "message");
            articles = List.copyOf(articles);
            understood = List.copyOf(understood);
            unmatched = List.copyOf(unmatched);
        }

        @Override
        @JsonProperty("status")
        public String status() {
            return "found";
        }
    }

    /**
     * Nothing in the catalogue matches.
     *
     * @param query the search as typed
     * @param message why, in one sentence
     * @param unmatched the words and brands found nowhere
     * @param suggestions catalogue words close to what was typed, to try instead
     * @param semantic where the semantic index stood
     * @param sql the catalogue query
     */
    @JsonPropertyOrder({"status", "query", "message", "unmatched", "suggestions", "semantic", "sql"})
    record NothingFound(String query, String message, List<Unmatched> unmatched, List<String> suggestions,
            SemanticIndex.Status semantic, String sql) implements SearchResult {
        public NothingFound {
            Objects.requireNonNull(message, "message");
            unmatched = List.copyOf(unmatched);
            suggestions = List.copyOf(suggestions);
        }

        @Override
        @JsonProperty("status")
        public String status() {
            return "nothing_found";
        }
    }
}

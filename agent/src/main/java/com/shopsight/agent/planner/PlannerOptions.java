package com.shopsight.agent.planner;

import com.shopsight.agent.lexicon.EmbeddingResolver;
import com.shopsight.agent.lexicon.Lexicon;
import com.shopsight.agent.lexicon.NearestPhrase;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.search.SearchTool;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * What an offline planner uses besides the database and the semantic model: how it resolves
 * words its lexicon does not know, and how it makes the product search tool (on the first
 * search, as building it reads the whole catalogue).
 *
 * @param nearest makes the resolver of unknown words for the planner's lexicon
 * @param search makes the product search tool over the planner's gate
 */
public record PlannerOptions(Function<Lexicon, NearestPhrase> nearest, Function<SqlGate, SearchTool> search) {
    public PlannerOptions {
        Objects.requireNonNull(nearest, "nearest");
        Objects.requireNonNull(search, "search");
    }

    /** No resolution of unknown words; search by words only. */
    public static PlannerOptions defaults() {
        return new PlannerOptions(lexicon -> NearestPhrase.NONE, gate -> new SearchTool(gate, SearchTool.Embeddings.OFF, null));
    }

    /**
     * The options for a database: unknown words resolved by the in-process sentence model (loaded
     * on the first such word), and product search with its embeddings cached beside the database,
     * used as {@code embeddings} says (CACHED for a command, BACKGROUND for a server).
     */
    public static PlannerOptions forDatabase(Path database, SearchTool.Embeddings embeddings) {
        return defaults().withEmbedder(new SentenceModel()).withSearch(embeddings, SearchTool.cacheFor(database));
    }

    /** Unknown words resolved by {@code resolver}, whatever the lexicon. */
    public PlannerOptions withNearest(NearestPhrase resolver) {
        Objects.requireNonNull(resolver, "resolver");
        return new PlannerOptions(lexicon -> resolver, search);
    }

    /**
     * Unknown words resolved to the business phrase nearest in meaning by {@code embedder}, when
     * at least {@link EmbeddingResolver#DEFAULT_THRESHOLD} similar.
     */
    public PlannerOptions withEmbedder(EmbeddingResolver.Embedder embedder) {
        Objects.requireNonNull(embedder, "embedder");
        return new PlannerOptions(lexicon -> new EmbeddingResolver(lexicon, embedder, EmbeddingResolver.DEFAULT_THRESHOLD),
                search);
    }

    /** Product search with semantic matching as {@code embeddings} says, its vectors cached in {@code cache}. */
    public PlannerOptions withSearch(SearchTool.Embeddings embeddings, Path cache) {
        Objects.requireNonNull(embeddings, "embeddings");
        return new PlannerOptions(nearest, gate -> new SearchTool(gate, embeddings, cache));
    }

    /** Product search by the tool {@code make} gives for the planner's gate (a server shares one tool). */
    public PlannerOptions withSearch(Function<SqlGate, SearchTool> make) {
        Objects.requireNonNull(make, "make");
        return new PlannerOptions(nearest, make);
    }
}

package com.shopsight.tools.search;

import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.gate.GateResult;
import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.QueryLimits;
import com.shopsight.tools.gate.Rejected;
import com.shopsight.tools.gate.Rows;
import com.shopsight.tools.gate.SqlGate;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;

/**
 * Product search: from "Nike running shoes" or "black summer dress" to articles. The catalogue
 * is read once through the SQL gate and indexed in memory; each search then ranks every article
 * by words (exact, synonym, typo, prefix; weighted by field and rarity; phrases) and, once the
 * semantic index is ready, by meaning too ({@link SemanticIndex}), and says what it could not
 * match. Thread-safe once built.
 */
public final class SearchTool {
    /** How the semantic half gets its vectors. */
    public enum Embeddings {
        /** Words only. */
        OFF,
        /** Use the cache if it holds every text; otherwise words only, saying how to build it. */
        CACHED,
        /** Embed what the cache lacks now, then search (the command line's first run). */
        BUILD,
        /** Embed in a background thread; words only until it is done (a server's start). */
        BACKGROUND;

        public static Embeddings parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown embeddings mode '" + text + "'; use off, cached, build or background", e);
            }
        }
    }

    private static final Duration CATALOGUE_TIMEOUT = Duration.ofMinutes(2);

    private final SearchEngine engine;

    /**
     * Reads and indexes the catalogue (seconds at full scale) and sets up the semantic index.
     *
     * @param cache the embedding cache file ({@link #cacheFor}), ignored when {@code embeddings} is OFF
     * @throws ShopSightException when the gate refuses the catalogue query (a database without the H&M tables)
     */
    public SearchTool(SqlGate gate, Embeddings embeddings, Path cache) {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(embeddings, "embeddings");
        GateResult r = gate.run(ArticleCatalogue.SQL, new QueryLimits(QueryLimits.MAX_ROWS, CATALOGUE_TIMEOUT),
                QueryContext.of("tool:search"));
        if (r instanceof Rejected rejected) {
            throw new ShopSightException("Cannot read the catalogue for search: " + rejected.describe());
        }
        Rows rows = (Rows) r;
        if (rows.truncated()) {
            throw new ShopSightException("The catalogue has more than " + rows.rowCount() + " articles; search holds at most that many");
        }
        ArticleCatalogue catalogue = ArticleCatalogue.from(rows.rows());
        SemanticIndex semantic = new SemanticIndex(catalogue);
        engine = new SearchEngine(catalogue, semantic);
        switch (embeddings) {
            case OFF -> { }
            case CACHED -> semantic.build(Objects.requireNonNull(cache, "cache"), false, ForkJoinPool.commonPool());
            case BUILD -> semantic.build(Objects.requireNonNull(cache, "cache"), true, ForkJoinPool.commonPool());
            case BACKGROUND -> semantic.buildInBackground(Objects.requireNonNull(cache, "cache"));
        }
    }

    /** The embedding cache beside a database: {@code shopsight.duckdb} -> {@code shopsight.embeddings.duckdb}. */
    public static Path cacheFor(Path database) {
        return EmbeddingStore.sidecarFor(database);
    }

    /** Searches; a query matching nothing comes back as {@link SearchResult.NothingFound}. */
    public SearchResult run(SearchParams p) {
        return engine.search(p, ArticleCatalogue.SQL);
    }

    /** Where the semantic index stands. */
    public SemanticIndex.Status status() {
        return engine.semantic().status();
    }
}

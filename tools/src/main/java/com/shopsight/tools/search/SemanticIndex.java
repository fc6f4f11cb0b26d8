package com.shopsight.tools.search;

import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Meaning-based matching: the embeddings of the catalogue's distinct names, product types and
 * descriptions (about 65,000 texts for 105,000 articles, since colour variants share them),
 * and a query's similarity to each article as a weighted mix of its three. Embedding takes
 * about 15 ms a text, so the vectors are cached ({@link EmbeddingStore}) and built in the
 * background while search works by words alone; {@link #status()} says how far it is.
 */
public final class SemanticIndex {
    private static final Logger log = LoggerFactory.getLogger(SemanticIndex.class);
    private static final int BATCH = 64;

    /** Where the semantic half of search stands. */
    public enum State {
        /** Not asked for: search works by words only. */
        OFF,
        /** Vectors are being computed or read; search works by words meanwhile. */
        BUILDING,
        /** Only some texts have cached vectors and building was not asked for. */
        INCOMPLETE,
        /** Every text has its vector: search mixes words and meaning. */
        READY,
        /** The model or the cache could not be used; the message says why. */
        FAILED;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A snapshot of the semantic index.
     *
     * @param state where it stands
     * @param embedded how many distinct texts have vectors
     * @param total how many distinct texts there are
     * @param millis how long building (or loading) has taken so far
     * @param message a sentence for a person, never null
     */
    public record Status(State state, int embedded, int total, long millis, String message) {}

    private final List<String> texts = new ArrayList<>();
    private final int[] nameOf;
    private final int[] typeOf;
    private final int[] descOf;
    private volatile Status status;
    private volatile float[] matrix;
    private volatile SentenceEmbedder embedder;

    SemanticIndex(ArticleCatalogue c) {
        Map<String, Integer> index = new HashMap<>();
        nameOf = new int[c.size];
        typeOf = new int[c.size];
        descOf = new int[c.size];
        for (int i = 0; i < c.size; i++) {
            nameOf[i] = textIndex(index, c.name[i]);
            typeOf[i] = textIndex(index, c.type[i]);
            descOf[i] = textIndex(index, c.description[i]);
        }
        status = new Status(State.OFF, 0, texts.size(), 0, "semantic matching is off: search matches words only");
    }

    private int textIndex(Map<String, Integer> index, String text) {
        if (text == null || text.isBlank()) {
            return -1;
        }
        return index.computeIfAbsent(text, t -> {
            texts.add(t);
            return texts.size() - 1;
        });
    }

    public Status status() {
        return status;
    }

    /** How many distinct texts there are to embed. */
    int textCount() {
        return texts.size();
    }

    /**
     * Reads the cached vectors from {@code cache} and, when {@code computeMissing}, embeds the
     * texts without one (saving each batch, so an interrupted build resumes where it stopped).
     * Ready when every text has a vector. Runs in the calling thread.
     */
    void build(Path cache, boolean computeMissing, Executor executor) {
        long start = System.nanoTime();
        if (!computeMissing && !java.nio.file.Files.exists(cache)) {
            // Only reading: no reason to leave an empty cache file behind.
            status = new Status(State.INCOMPLETE, 0, texts.size(), 0, String.format(Locale.ROOT,
                    "0 of %,d texts have cached embeddings; search matches words only until they are built", texts.size()));
            return;
        }
        try (EmbeddingStore store = EmbeddingStore.open(cache)) {
            status = new Status(State.BUILDING, 0, texts.size(), 0, "reading cached embeddings from " + cache);
            Map<String, Integer> rows = new HashMap<>();
            for (int t = 0; t < texts.size(); t++) {
                rows.put(EmbeddingStore.hash(texts.get(t)), t);
            }
            float[] m = new float[texts.size() * SentenceEmbedder.DIMENSIONS];
            java.util.BitSet found = store.loadInto(SentenceEmbedder.MODEL, rows, m, SentenceEmbedder.DIMENSIONS);
            List<Integer> missing = new ArrayList<>();
            for (int t = 0; t < texts.size(); t++) {
                if (!found.get(t)) {
                    missing.add(t);
                }
            }
            int have = texts.size() - missing.size();
            if (!missing.isEmpty() && !computeMissing) {
                status = new Status(State.INCOMPLETE, have, texts.size(), millisSince(start), String.format(Locale.ROOT,
                        "%,d of %,d texts have cached embeddings; search matches words only until the rest are built", have, texts.size()));
                return;
            }
            SentenceEmbedder model = new SentenceEmbedder(executor);
            for (int from = 0; from < missing.size(); from += BATCH) {
                List<Integer> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
                float[][] vectors = model.embed(batch.stream().map(texts::get).toList());
                List<String> hashes = new ArrayList<>();
                for (int k = 0; k < batch.size(); k++) {
                    System.arraycopy(vectors[k], 0, m, batch.get(k) * SentenceEmbedder.DIMENSIONS, SentenceEmbedder.DIMENSIONS);
                    hashes.add(EmbeddingStore.hash(texts.get(batch.get(k))));
                }
                store.save(SentenceEmbedder.MODEL, hashes, vectors);
                have += batch.size();
                status = new Status(State.BUILDING, have, texts.size(), millisSince(start), String.format(Locale.ROOT,
                        "embedding the catalogue: %,d of %,d texts done; search matches words only until then", have, texts.size()));
            }
            embedder = model;
            matrix = m;
            status = new Status(State.READY, texts.size(), texts.size(), millisSince(start), String.format(Locale.ROOT,
                    "semantic matching ready: %,d texts (%,d embedded now, %,d from the cache %s)",
                    texts.size(), missing.size(), texts.size() - missing.size(), cache.getFileName()));
        } catch (RuntimeException | LinkageError e) {
            // The model's native runtime or the cache file can fail on a machine; words still work.
            log.atWarn().setMessage("semantic index unavailable").setCause(e).log();
            status = new Status(State.FAILED, 0, texts.size(), millisSince(start),
                    "semantic matching is unavailable (" + e.getMessage() + "); search matches words only");
        }
    }

    /** Starts {@link #build} on a background thread that leaves one core to everything else. */
    void buildInBackground(Path cache) {
        status = new Status(State.BUILDING, 0, texts.size(), 0, "semantic matching is starting; search matches words meanwhile");
        ExecutorService embedding = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "shopsight-embeddings");
            t.setDaemon(true);
            return t;
        });
        Thread builder = new Thread(() -> {
            try {
                build(cache, true, embedding);
            } finally {
                embedding.shutdown();
            }
        }, "shopsight-semantic-index");
        builder.setDaemon(true);
        builder.start();
    }

    /**
     * Each article's similarity to {@code query} in meaning (cosine, about 0.3 for unrelated
     * texts to 1), or null when the index is not ready.
     */
    double[] similarities(String query) {
        float[] m = matrix;
        SentenceEmbedder model = embedder;
        if (m == null || model == null) {
            return null;
        }
        float[] q = model.embed(query);
        double[] perText = new double[texts.size()];
        int d = SentenceEmbedder.DIMENSIONS;
        for (int t = 0; t < perText.length; t++) {
            perText[t] = dot(q, m, t * d);
        }
        double[] out = new double[nameOf.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = mix(perText, i);
        }
        return out;
    }

    /** The dot product of {@code q} with the vector at {@code base}: four sums, so the CPU overlaps them. */
    private static double dot(float[] q, float[] m, int base) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        for (int k = 0; k < q.length; k += 4) {
            s0 += q[k] * m[base + k];
            s1 += q[k + 1] * m[base + k + 1];
            s2 += q[k + 2] * m[base + k + 2];
            s3 += q[k + 3] * m[base + k + 3];
        }
        return (double) s0 + s1 + s2 + s3;
    }

    /** Description half, name three tenths, type a fifth; weights of missing texts shared out. */
    private double mix(double[] perText, int i) {
        double sum = 0;
        double weight = 0;
        if (descOf[i] >= 0) {
            sum += 0.5 * perText[descOf[i]];
            weight += 0.5;
        }
        if (nameOf[i] >= 0) {
            sum += 0.3 * perText[nameOf[i]];
            weight += 0.3;
        }
        if (typeOf[i] >= 0) {
            sum += 0.2 * perText[typeOf[i]];
            weight += 0.2;
        }
        return weight == 0 ? 0 : sum / weight;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}

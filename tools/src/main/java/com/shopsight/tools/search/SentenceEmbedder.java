package com.shopsight.tools.search;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The in-process sentence embedding model: BAAI's bge-small-en-v1.5, quantised, run by ONNX
 * Runtime from inside its Maven jar (no network). The only class of this module that touches
 * langchain4j. Vectors are 384 floats of unit length, so a dot product is the cosine.
 */
final class SentenceEmbedder {
    /** The model's name in the embedding cache: a new model must never read another's vectors. */
    static final String MODEL = "bge-small-en-v1.5-q";
    static final int DIMENSIONS = 384;

    private final BgeSmallEnV15QuantizedEmbeddingModel model;

    /** Loads the model (about 2 s); batches run on {@code executor}, one text per task. */
    SentenceEmbedder(Executor executor) {
        this.model = new BgeSmallEnV15QuantizedEmbeddingModel(executor);
    }

    float[][] embed(List<String> texts) {
        List<Embedding> embeddings = model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
        float[][] out = new float[embeddings.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = normalised(embeddings.get(i).vector());
        }
        return out;
    }

    float[] embed(String text) {
        return normalised(model.embed(text).content().vector());
    }

    private static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = (float) (1 / Math.sqrt(Math.max(norm, 1e-12)));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }
}

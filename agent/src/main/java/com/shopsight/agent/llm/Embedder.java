package com.shopsight.agent.llm;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;

/** Turns texts into unit-length vectors, so a dot product is their cosine similarity. */
interface Embedder {
    float[][] embed(List<String> texts);

    /**
     * BAAI's bge-small-en-v1.5 (quantised), run in process from its Maven jar: no network.
     * Loading takes about two seconds, so it is made only for a schema too large for the prompt.
     */
    static Embedder bgeSmall() {
        BgeSmallEnV15QuantizedEmbeddingModel model = new BgeSmallEnV15QuantizedEmbeddingModel();
        return texts -> {
            List<Embedding> all = model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
            float[][] out = new float[all.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = unit(all.get(i).vector());
            }
            return out;
        };
    }

    static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = (float) (1 / Math.sqrt(Math.max(norm, 1e-12)));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * scale;
        }
        return out;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}

package com.shopsight.agent.planner;

import com.shopsight.agent.lexicon.EmbeddingResolver;
import com.shopsight.tools.search.SentenceEmbedder;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * The in-process sentence model as the planner's embedder, loaded on the first word the
 * lexicon does not know rather than at start-up: most questions need no embedding, and loading
 * takes about a second.
 */
final class SentenceModel implements EmbeddingResolver.Embedder {
    private volatile SentenceEmbedder model;

    @Override
    public float[][] embed(List<String> texts) {
        return model().embed(texts);
    }

    private SentenceEmbedder model() {
        SentenceEmbedder m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    model = m = new SentenceEmbedder(ForkJoinPool.commonPool());
                }
            }
        }
        return m;
    }
}

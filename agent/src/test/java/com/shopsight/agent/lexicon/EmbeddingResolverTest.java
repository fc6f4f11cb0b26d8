package com.shopsight.agent.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The embedding resolver with a small real embedder of its own (hashed letter trigrams, unit
 * length): what tools' sentence model plugs into, checked for the threshold and the candidates.
 */
public class EmbeddingResolverTest {
    /** Letter-trigram counts hashed into 512 buckets, normalised: similar spellings, similar vectors. */
    public static final EmbeddingResolver.Embedder TRIGRAMS = texts -> {
        float[][] out = new float[texts.size()][];
        for (int t = 0; t < texts.size(); t++) {
            String s = "  " + texts.get(t).toLowerCase(Locale.ROOT) + "  ";
            float[] v = new float[512];
            for (int i = 0; i + 3 <= s.length(); i++) {
                v[Math.floorMod(s.substring(i, i + 3).hashCode(), 512)] += 1;
            }
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) Math.sqrt(norm);
            }
            out[t] = v;
        }
        return out;
    };

    @Test
    void resolves_an_unknown_word_to_the_nearest_business_phrase_above_the_threshold() {
        EmbeddingResolver r = new EmbeddingResolver(SpellingTest.LEXICON, TRIGRAMS, 0.6);
        NearestPhrase.Match m = r.nearest("sweaterss").orElseThrow();
        assertThat(m.entry().meaning()).isEqualTo(new Meaning.Value("product_type", "Sweater"));
        assertThat(m.similarity()).isBetween(0.6, 1.0);
        assertThat(r.nearest("qzxv")).isEmpty();
    }

    @Test
    void never_resolves_to_grammar_time_or_refusal_words() {
        EmbeddingResolver r = new EmbeddingResolver(SpellingTest.LEXICON, TRIGRAMS, 0.3);
        for (String word : List.of("deleted", "weatherish", "yesterdays", "versuss")) {
            r.nearest(word).ifPresent(m -> assertThat(m.entry().meaning()).as(word)
                    .isNotInstanceOfAny(Meaning.Word.class, Meaning.Refusal.class, Meaning.TimeName.class, Meaning.Filler.class));
        }
    }
}

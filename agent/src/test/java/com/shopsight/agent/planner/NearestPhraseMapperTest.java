package com.shopsight.agent.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.agent.lexicon.EmbeddingResolver;
import com.shopsight.agent.lexicon.Meaning;
import com.shopsight.agent.lexicon.NearestPhrase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Words neither known nor misspelt go to the nearest-phrase resolver, and the answer says how they were read. */
class NearestPhraseMapperTest {
    @Test
    void reads_an_unknown_word_as_the_phrase_the_resolver_finds_and_notes_it() {
        NearestPhrase jeans = words -> words.equals("denims")
                ? Stages.LEXICON.entries().stream().filter(e -> String.join(" ", e.words()).equals("jeans"))
                        .findFirst().map(e -> new NearestPhrase.Match(e, 0.9))
                : Optional.empty();
        Mentions m = new LexiconMapper(Stages.LEXICON, jeans).map("denims sold last week");
        assertThat(m.items().get(0).meaning()).isEqualTo(new Meaning.Value("product_type", "Trousers"));
        assertThat(m.corrections()).containsExactly(new Mentions.Correction("denims", "jeans"));
        assertThat(m.unknown()).isEmpty();
    }

    @Test
    void without_a_resolver_the_word_stays_unknown() {
        Mentions m = new LexiconMapper(Stages.LEXICON, NearestPhrase.NONE).map("denims sold last week");
        assertThat(m.unknown()).extracting(Mention::text).containsExactly("denims");
    }

    @Test
    void an_embedding_resolver_plugs_into_the_mapper() {
        EmbeddingResolver trigrams = new EmbeddingResolver(Stages.LEXICON,
                com.shopsight.agent.lexicon.EmbeddingResolverTest.TRIGRAMS, 0.6);
        Mentions m = new LexiconMapper(Stages.LEXICON, trigrams).map("trouserings sold");
        assertThat(m.items()).extracting(Mention::meaning)
                .containsExactly(new Meaning.Value("product_type", "Trousers"), new Meaning.Metric("units", false));
        assertThat(m.corrections()).hasSize(1);
        assertThat(List.of(m.corrections().get(0).written())).containsExactly("trouserings");
    }
}

package com.shopsight.agent.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.agent.Question;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.conversation.ConversationStore;
import com.shopsight.agent.lexicon.EmbeddingResolver;
import com.shopsight.tools.search.SentenceEmbedder;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words in no list of the semantic model, read with the real in-process sentence model (the
 * search tool's bge-small): resolved to the business phrase nearest in meaning when it is at
 * least 0.82 similar, and left unknown, never guessed, when nothing is that near.
 */
class SentenceModelResolutionTest {
    static PlannerFixture fixture;
    static OfflinePlanner planner;

    @BeforeAll
    static void open() {
        fixture = new PlannerFixture();
        EmbeddingResolver.Embedder model = new SentenceEmbedder(ForkJoinPool.commonPool())::embed;
        planner = OfflinePlanner.create(fixture.gate, fixture.model, Optional.empty(),
                new ConversationStore(fixture.folder.resolve("embedded")), PlannerOptions.defaults().withEmbedder(model));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "revenue of sweatpants by month | sweatpants | pants | revenue, by month, product type Trousers, all time",
        "top 5 purses | purses | handbags | units sold, top 5 products, product type Bag, all time",
        "nighties sold last month | nighties | nightwear | units sold, category Nightwear, last month (2020-08-23 to 2020-09-22)",
        "heels by colour | heels | shoes | units sold, by colour, category Shoes, all time",
        "who buys sweatpants | sweatpants | pants | customer segments (buyer profile), product type Trousers",
        "what sells with purses | purses | handbags | products bought together, product type Bag",
    })
    void an_unseen_word_is_read_as_the_phrase_nearest_in_meaning(String question, String word, String phrase,
            String understood) {
        Answer a = planner.ask(Question.of(question, "test"));
        assertThat(a.understood()).isEqualTo(understood);
        assertThat(a.notices()).contains("Read \"" + word + "\" as \"" + phrase + "\".");
        assertThat(fixture.ask(question).understood()).as("without the model").startsWith("not understood");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"flibbertigibbet revenue", "revenue of anoraks"})
    void a_word_near_nothing_stays_unknown(String question) {
        assertThat(planner.ask(Question.of(question, "test")).understood()).startsWith("not understood");
    }
}

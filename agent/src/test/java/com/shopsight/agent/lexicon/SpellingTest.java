package com.shopsight.agent.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.agent.semantic.SemanticModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingTest {
    static final Path MODEL = Path.of(System.getProperty("shopsight.repo.root", ".."), "schema-docs", "hm.semantic.yaml");
    static final Lexicon LEXICON = Lexicon.build(SemanticModel.load(MODEL), new LearnedValues(Map.of(
            "product_type", List.of("Trousers", "Sweater", "Dress", "Shorts", "Shirt", "T-shirt", "Hoodie"),
            "colour", List.of("Black", "Light Pink", "Dark Blue"))), EnglishWords.load());
    static final Spelling SPELLING = new Spelling(LEXICON);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", value = {
        "trousres, trousers",
        "colur, colour",
        "colurs, colours",
        "revenu, revenue",
        "sweatres, sweaters",
        "dreses, dress",
        "onlin, online",
        "weelky, weekly",
        "shrts, -",
        "xyzzy, -",
        "cat, -",
        "nike, -",
    })
    void reads_a_misspelt_word_as_the_word_it_is_nearest_to(String written, String read) {
        Optional<String> correction = SPELLING.read(written).correction();
        if (read == null) {
            assertThat(correction).isEmpty();
        } else {
            // "color" and "colour" are equally near "colur" and mean the same: either is right.
            assertThat(correction).map(LEXICON::meaningsOf).contains(LEXICON.meaningsOf(read));
        }
    }

    @ParameterizedTest(name = "{0} vs {1} = {2}")
    @CsvSource({"trousres, trousers, 1", "colur, colour, 1", "abc, abc, 0", "abc, xyz, 3", "ab, ba, 1"})
    void measures_edits_with_transpositions(String a, String b, int distance) {
        assertThat(Spelling.distance(a, b, 10)).isEqualTo(distance);
    }
}

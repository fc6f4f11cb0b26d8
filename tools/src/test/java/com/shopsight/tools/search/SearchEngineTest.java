package com.shopsight.tools.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.testing.Sql;
import com.shopsight.tools.testing.TinyDataset;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Realistic searches over the tiny catalogue find the obvious articles, by words alone and with meaning. */
class SearchEngineTest {
    private static SearchEngine words;
    private static SearchEngine hybrid;

    @BeforeAll
    static void index() throws Exception {
        List<List<Object>> rows;
        try (Connection c = DuckDb.openReadOnly(TinyDataset.path())) {
            rows = Sql.rows(c, ArticleCatalogue.SQL);
        }
        ArticleCatalogue catalogue = ArticleCatalogue.from(rows);
        words = new SearchEngine(catalogue, new SemanticIndex(catalogue));
        SemanticIndex semantic = new SemanticIndex(catalogue);
        semantic.build(cache(), true, ForkJoinPool.commonPool());
        assertThat(semantic.status().state()).isEqualTo(SemanticIndex.State.READY);
        hybrid = new SearchEngine(catalogue, semantic);
    }

    /** Shared across runs: the tiny catalogue's vectors are computed once per generator version. */
    static Path cache() {
        return EmbeddingStore.sidecarFor(TinyDataset.path());
    }

    static SearchResult.Found found(SearchEngine engine, String query) {
        SearchResult r = engine.search(SearchParams.of(query), "SQL");
        assertThat(r).as(query).isInstanceOf(SearchResult.Found.class);
        return (SearchResult.Found) r;
    }

    /** The first three results are of the type (or types: "Pyjama" covers sets and onesies) a shopper means. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "black summer dress | Dress",
        "bikini top | Bikini top",
        "jeans | Trousers",
        "red hoodie | Hoodie",
        "sweatre | Sweater",
        "women's blazer | Blazer",
        "earrings | Earring",
        "pyjamas | Pyjama",
        "knitted cardigan | Cardigan",
        "polo shirts for men | Polo shirt",
        "bikini bottoms | Swimwear bottom",
        "sandals | Sandals",
        "leather boots | Boots"
    })
    void a_realistic_search_finds_articles_of_the_obvious_type(String query, String type) {
        for (SearchEngine engine : List.of(words, hybrid)) {
            List<ArticleMatch> top = found(engine, query).articles();
            assertThat(top).as(query).isNotEmpty();
            List<String> firstThree = top.stream().limit(3).map(ArticleMatch::productType).toList();
            assertThat(firstThree).as(query + " " + top).allMatch(t -> t.startsWith(type));
        }
    }

    @Test
    void colours_and_types_both_count() {
        List<ArticleMatch> top = found(hybrid, "black summer dress").articles();
        assertThat(top.stream().limit(5).map(ArticleMatch::colour)).containsOnly("Black");
        assertThat(top.get(0).matched()).contains("black: colour", "dress: product type");
    }

    @Test
    void nike_is_not_sold_and_the_closest_running_shoes_are_shown() {
        for (SearchEngine engine : List.of(words, hybrid)) {
            SearchResult.Found r = found(engine, "Nike running shoes");
            assertThat(r.message()).startsWith("No brand 'Nike' in the catalogue; the closest running shoes articles are shown");
            assertThat(r.unmatched()).extracting(SearchResult.Unmatched::term).containsExactly("nike");
            assertThat(r.articles().get(0).productType()).isEqualTo("Sneakers");
            assertThat(r.articles().get(0).description()).contains("running shoes");
        }
    }

    @Test
    void a_typo_is_read_as_the_word_it_is_one_edit_from() {
        SearchResult.Found r = found(words, "sweatre");
        assertThat(r.understood()).containsExactly("sweatre: product type (typo sweater)");
    }

    @Test
    void gibberish_finds_nothing_and_says_so() {
        for (SearchEngine engine : List.of(words, hybrid)) {
            SearchResult r = engine.search(SearchParams.of("xyzzy qwerty"), "SQL");
            assertThat(r).isInstanceOf(SearchResult.NothingFound.class);
            assertThat(((SearchResult.NothingFound) r).message()).contains("no article's name, type, colour or description has 'xyzzy'");
        }
    }

    @Test
    void a_brand_alone_finds_nothing_and_says_h_and_m_sells_its_own_labels() {
        SearchResult r = hybrid.search(SearchParams.of("Adidas"), "SQL");
        assertThat(r).isInstanceOf(SearchResult.NothingFound.class);
        assertThat(((SearchResult.NothingFound) r).message()).contains("no brand 'Adidas' in the catalogue: H&M sells only its own labels");
    }

    @Test
    void words_that_ask_for_nothing_find_nothing() {
        SearchResult r = words.search(SearchParams.of("show me some products"), "SQL");
        assertThat(r).isInstanceOf(SearchResult.NothingFound.class);
        assertThat(((SearchResult.NothingFound) r).message()).startsWith("there is nothing to search for");
    }

    @Test
    void meaning_finds_what_no_word_matches() {
        SearchResult.Found r = found(hybrid, "something for the beach");
        assertThat(r.articles().stream().limit(5).map(ArticleMatch::productType))
                .allMatch(t -> List.of("Swimwear bottom", "Bikini top", "Sandals", "Swimsuit", "Sarong", "Flip flop", "Shorts",
                        "Sunglasses", "Hat/brim").contains(t));
    }

    @Test
    void quickselect_finds_the_kth_largest_score() {
        java.util.Random r = new java.util.Random(7);
        for (int trial = 0; trial < 200; trial++) {
            double[] a = new double[1 + r.nextInt(300)];
            for (int i = 0; i < a.length; i++) {
                a[i] = r.nextInt(20) / 4.0;
            }
            int k = 1 + r.nextInt(a.length);
            double[] sorted = a.clone();
            java.util.Arrays.sort(sorted);
            assertThat(TopScores.kthLargest(a, k)).isEqualTo(sorted[sorted.length - k]);
        }
    }

    @Test
    void look_alike_variants_are_shown_once() {
        List<ArticleMatch> top = found(words, "running shoes").articles();
        assertThat(top.stream().map(m -> m.name() + "|" + m.colour()).distinct().count()).isEqualTo(top.size());
    }
}

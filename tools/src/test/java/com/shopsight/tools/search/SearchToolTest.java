package com.shopsight.tools.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopsight.tools.gate.GateConfig;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.testing.TinyDataset;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search reads the catalogue through the SQL gate and works by words until its embeddings are ready. */
class SearchToolTest {
    @TempDir
    static Path folder;

    private static SqlGate gate;

    @BeforeAll
    static void open() {
        Path db = TinyDataset.copyTo(folder);
        gate = SqlGate.open(db, GateConfig.forDatabase(db).withAuditLog(null, 1024));
    }

    @AfterAll
    static void close() {
        gate.close();
    }

    @Test
    void a_search_through_the_gate_finds_the_running_shoes_and_says_nike_is_not_sold() throws Exception {
        SearchTool tool = new SearchTool(gate, SearchTool.Embeddings.BUILD, SearchEngineTest.cache());
        SearchResult.Found r = (SearchResult.Found) tool.run(SearchParams.of("Nike running shoes"));
        assertThat(r.message()).isEqualTo("No brand 'Nike' in the catalogue; the closest running shoes articles are shown.");
        assertThat(r.articles().get(0).productType()).isEqualTo("Sneakers");
        assertThat(r.articles().get(0).semantic()).isNotNull();
        assertThat(r.sql()).startsWith("SELECT a.article_id");
        JsonNode json = new ObjectMapper().valueToTree(r);
        assertThat(json.path("status").asText()).isEqualTo("found");
        assertThat(json.at("/semantic/state").asText()).isEqualTo("ready");
        assertThat(json.at("/unmatched/0/reason").asText()).isEqualTo("no brand 'Nike' in the catalogue: H&M sells only its own labels");
    }

    @Test
    void without_embeddings_search_matches_words_and_says_so() {
        SearchTool tool = new SearchTool(gate, SearchTool.Embeddings.OFF, null);
        SearchResult.Found r = (SearchResult.Found) tool.run(SearchParams.of("black dress"));
        assertThat(r.articles()).isNotEmpty().allMatch(a -> a.semantic() == null);
        assertThat(r.semantic().state()).isEqualTo(SemanticIndex.State.OFF);
    }

    @Test
    void an_incomplete_cache_leaves_search_on_words_and_says_how_far_it_is() {
        SearchTool tool = new SearchTool(gate, SearchTool.Embeddings.CACHED, folder.resolve("empty.embeddings.duckdb"));
        assertThat(tool.status().state()).isEqualTo(SemanticIndex.State.INCOMPLETE);
        assertThat(tool.status().message()).startsWith("0 of ").contains("texts have cached embeddings");
        assertThat(((SearchResult.Found) tool.run(SearchParams.of("red hoodie"))).articles()).allMatch(a -> a.semantic() == null);
    }

    @Test
    void a_background_build_answers_by_words_at_once_and_by_meaning_when_ready() throws Exception {
        SearchTool tool = new SearchTool(gate, SearchTool.Embeddings.BACKGROUND, SearchEngineTest.cache());
        SearchResult.Found first = (SearchResult.Found) tool.run(SearchParams.of("bikini top"));
        assertThat(first.articles()).isNotEmpty();
        if (first.semantic().state() != SemanticIndex.State.READY) {
            assertThat(first.articles()).allMatch(a -> a.semantic() == null);
        }
        for (int i = 0; i < 1200 && tool.status().state() == SemanticIndex.State.BUILDING; i++) {
            Thread.sleep(100);
        }
        assertThat(tool.status().state()).isEqualTo(SemanticIndex.State.READY);
        assertThat(((SearchResult.Found) tool.run(SearchParams.of("bikini top"))).articles()).allMatch(a -> a.semantic() != null);
    }
}

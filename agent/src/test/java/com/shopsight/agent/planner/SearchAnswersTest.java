package com.shopsight.agent.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Step;
import com.shopsight.tools.search.ArticleMatch;
import com.shopsight.tools.search.SearchParams;
import com.shopsight.tools.search.SearchResult;
import com.shopsight.tools.search.SearchTool;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Find black summer dresses" answered by the product search tool: the words after the search
 * phrase go to the tool as typed (typos and brands included), and the answer says what matched
 * and what could not.
 */
class SearchAnswersTest {
    static PlannerFixture fixture;
    static SearchTool direct;

    @BeforeAll
    static void open() {
        fixture = new PlannerFixture();
        direct = new SearchTool(fixture.gate, SearchTool.Embeddings.OFF, null);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "find black summer dresses | black summer dresses | 10",
        "search for linen shirts | linen shirts | 10",
        "find blak dresses | blak dresses | 10",
        "I'm looking for a striped sweater | a striped sweater | 10",
        "do we have denim shorts? | denim shorts | 10",
        "find Nike running shoes | Nike running shoes | 10",
        // No search word, but an unknown name with product words and no figure asked: a product lookup.
        "Nike running shoes | Nike running shoes | 10",
        "adidas trousers? | adidas trousers | 10",
    })
    void searches_the_catalogue_with_the_words_as_typed(String question, String words, int limit) {
        Answer a = fixture.ask(question);
        String context = ToolAnswers.context(question, a);
        Step step = ToolAnswers.step(a, "search");
        SearchParams expected = new SearchParams(words, limit);
        assertThat(step.input()).as(context).isEqualTo(ToolAnswers.input(expected));

        SearchResult.Found found = (SearchResult.Found) direct.run(expected);
        TableAssert.sameRows(a.table(), SearchExecutor.table(found.articles()).rows(), context);
        assertThat(a.answer()).as(context).startsWith("**" + found.message() + "**");
        ArticleMatch first = found.articles().get(0);
        assertThat(a.answer()).as(context).contains("1. **" + first.name() + "** (" + first.productType() + ", "
                + first.colour() + ", article " + first.articleId() + ")");
        assertThat(a.understood()).isEqualTo("product search for \"" + words + "\"");
    }

    @Test
    void a_brand_hm_does_not_sell_is_said_and_the_closest_articles_shown() {
        for (String question : List.of("find Nike running shoes", "Nike running shoes")) {
            Answer a = fixture.ask(question);
            assertThat(a.answer()).as(question).contains("No brand 'Nike' in the catalogue")
                    .contains("H&M sells only its own labels");
            assertThat(a.table().rows()).as(question).isNotEmpty();
            assertThat(a.notices()).as(question).noneMatch(n -> n.contains("nine"));
            assertThat(a.understood()).as(question).doesNotContain("top 9");
        }
    }

    @Test
    void nothing_matching_is_said_plainly() {
        Answer a = fixture.ask("do we have any unicorn onesies");
        assertThat(a.answer()).startsWith("**Nothing in the catalogue matches \"unicorn onesies\":**").contains("'unicorn'");
        assertThat(a.table()).isNull();
        assertThat(ToolAnswers.step(a, "search").rows()).isZero();
    }

    @Test
    void without_semantic_matching_the_answer_says_it_matched_words_only() {
        Answer a = fixture.ask("find black dresses");
        assertThat(a.notices()).anyMatch(n -> n.startsWith("Search matched words only"));
    }
}

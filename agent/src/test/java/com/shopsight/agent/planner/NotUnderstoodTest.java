package com.shopsight.agent.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Questions the planner cannot read are never answered with a guess: the answer says what it
 * could not read and suggests the nearest questions it can answer.
 */
class NotUnderstoodTest {
    @RegisterExtension
    static final PlannerFixture fixture = new PlannerFixture();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "flibbertigibbet revenue | I could not read \"flibbertigibbet\"",
        "asdfgh | I could not read \"asdfgh\"",
        "revenue by zodiac sign | I could not read \"zodiac\" and \"sign\"",
        "what is the colour of the sky | I could not read \"sky\"",
        "shrts sold last week | Did you mean \"shirts\" or \"shorts\"",
        "revenue in 2019 in 2020 | two time windows",
        "dresses vs online | which two things to compare",
        "as a chart | A chart of what?",
        "why? | ask a question about sales first",
        "the | I could not find a question",
        "top 0 colours | A top 0 has nothing to show",
        "sales in the last 0 weeks | The last 0 weeks hold no days",
        "units sold in 2017 | The data has sales from 2018-09-20 to 2020-09-22; 2017 has none.",
        "sales per customer | I cannot divide one figure by another",
        "did we sell more than 100 units | I keep groups by the size of a figure (\"more than 100 units\") only in a list of groups",
        "departments with over 100 articles | not by \"over 100 articles\"",
        "weekly revenue above 1000 | only in a list of groups",
        "what else? | \"What else\" is bought with what?",
        "linen revenue in 2019 | I could not read \"linen\"",
        "project management dashboard | I could not read \"management\" and \"dashboard\"",
    })
    void says_what_it_could_not_read_and_suggests_questions(String question, String reason) {
        Answer a = fixture.ask(question);
        assertThat(a.understood()).startsWith("not understood");
        assertThat(a.answer()).startsWith("I did not understand the question.").contains(reason)
                .contains("Questions I can answer, for example:");
        assertThat(a.answer().lines().filter(l -> l.startsWith("- ")).count()).isGreaterThanOrEqualTo(3);
        assertThat(a.table()).isNull();
        assertThat(a.steps()).extracting(Step::sql).containsOnlyNulls();
    }

    @Test
    void reads_online_orders_as_items_sold_online_and_says_so() {
        Answer a = fixture.ask("how many online orders did we get in 2020?");
        assertThat(a.understood()).startsWith("units sold, online");
        assertThat(a.notices()).contains("The data has no orders (one row is one item sold): \"online orders\" is read as "
                + "the items sold online.");
    }

    @Test
    void suggests_the_examples_nearest_to_the_question() {
        Answer a = fixture.ask("weekly zorblax of trousers");
        assertThat(a.answer()).contains("- weekly sales of trousers over the last 12 weeks");
    }

    @Test
    void an_empty_or_oversized_question_is_an_answer_not_an_exception() {
        assertThat(fixture.ask("   ").understood()).isEqualTo("not understood: The question is empty.");
        assertThat(fixture.ask("sales ".repeat(400)).understood()).contains("longer than 2000 characters");
    }
}

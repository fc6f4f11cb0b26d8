package com.shopsight.agent.llm;

import static com.shopsight.agent.llm.ReplayServer.call;
import static com.shopsight.agent.llm.ReplayServer.sql;
import static com.shopsight.agent.llm.ReplayServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopsight.agent.Question;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Mode;
import com.shopsight.agent.answer.Step;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The analytic tools as the LLM calls them: basket rules, product search and charts, on the tiny data. */
class AnalyticToolsIT {
    static LlmFixture fixture;
    ReplayServer server;

    @BeforeAll
    static void open() {
        fixture = new LlmFixture();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @BeforeEach
    void start() {
        server = new ReplayServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void basket_rules_find_what_sells_with_bikini_tops() {
        server.then(call("basket_rules", "{\"item\":\"Bikini top\",\"max_rules\":5}"), text("Swimwear bottoms go with bikini tops."));

        Answer a = fixture.agent(LlmFixture.config(server, false)).ask(Question.of("what sells with bikini tops?", "test"));

        assertThat(a.mode()).isEqualTo(Mode.LLM);
        Step step = a.steps().get(0);
        assertThat(step.tool()).isEqualTo("basket_rules");
        assertThat(step.error()).isNull();
        assertThat(step.sql()).isNotBlank();
        assertThat(a.table().columns().get(0).name()).isEqualTo("antecedent");
        assertThat(a.table().rows()).isNotEmpty().allSatisfy(r -> assertThat((String) r.get(0)).contains("Bikini top"));
        assertThat(a.table().rows()).anySatisfy(r -> assertThat((String) r.get(1)).contains("Swimwear bottom"));
        String shown = server.requests().get(1).get("messages").get(3).get("content").asText();
        assertThat(shown).contains("\"status\":\"rules\"", "\"lift\"").doesNotContain("elapsedMs");
    }

    @Test
    void an_unknown_basket_item_goes_back_with_suggestions() {
        server.then(call("basket_rules", "{\"item\":\"Bikini tops\"}"), text("I could not find that item."));
        Answer a = fixture.agent(LlmFixture.config(server, false)).ask(Question.of("what sells with bikini tops?", "test"));
        assertThat(a.steps().get(0).error()).isNotNull();
        assertThat(server.requests().get(1).toString()).contains("\\\"status\\\":\\\"failed\\\"");
    }

    @Test
    void product_search_finds_articles_by_words() {
        server.then(call("search_products", "{\"query\":\"black trousers\",\"limit\":5}"), text("Here are black trousers."));

        Answer a = fixture.agent(LlmFixture.config(server, false)).ask(Question.of("find black trousers", "test"));

        assertThat(a.steps().get(0).tool()).isEqualTo("search_products");
        assertThat(a.steps().get(0).error()).isNull();
        assertThat(a.table().rows()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(a.table().columns().get(1).name()).isEqualTo("prod_name");
    }

    @Test
    void a_chart_draws_the_latest_table_and_goes_to_the_answer() {
        String q = "SELECT colour_group_name, count(*) AS units FROM transactions JOIN articles USING (article_id)"
                + " GROUP BY 1 ORDER BY 2 DESC LIMIT 5";
        server.then(call("run_sql", sql(q, "units by colour")),
                call("make_chart", "{\"shows\":\"ranking\",\"x\":\"colour_group_name\",\"y\":\"units\"}"),
                text("Black sells most."));

        Answer a = fixture.agent(LlmFixture.config(server, true)).ask(Question.of("chart units by colour", "test"));

        assertThat(a.steps()).extracting(Step::tool).containsExactly("run_sql", "make_chart");
        assertThat(a.steps()).noneMatch(Step::failed);
        JsonNode chart = a.chart();
        assertThat(chart).isNotNull();
        assertThat(chart.toString()).contains("\"mark\"", "colour_group_name");
        assertThat(a.sql()).isEqualTo(q);
        // The spec is for the page, not for the LLM.
        assertThat(server.lastMessages().toString()).doesNotContain("$schema");
    }

    @Test
    void a_chart_of_a_column_the_table_lacks_goes_back_to_be_fixed() {
        String q = "SELECT colour_group_name, count(*) AS units FROM articles GROUP BY 1";
        server.then(call("run_sql", sql(q, "articles by colour")),
                call("make_chart", "{\"shows\":\"ranking\",\"x\":\"colour\",\"y\":\"units\"}"),
                call("make_chart", "{\"shows\":\"ranking\",\"x\":\"colour_group_name\",\"y\":\"units\"}"),
                text("Drawn."));

        Answer a = fixture.agent(LlmFixture.config(server, false)).ask(Question.of("chart articles by colour", "test"));

        assertThat(a.mode()).isEqualTo(Mode.LLM);
        assertThat(a.steps().get(1).error()).startsWith("bad value: the table has no column colour");
        assertThat(a.chart()).isNotNull();
    }

    @Test
    void a_forecast_of_a_product_type_gives_its_periods_as_the_table() {
        server.then(call("forecast", "{\"product_type_name\":\"Trousers\",\"horizon\":4}"), text("Trousers hold steady."));

        Answer a = fixture.agent(LlmFixture.config(server, false)).ask(Question.of("forecast trousers", "test"));

        assertThat(a.steps().get(0).tool()).isEqualTo("forecast");
        assertThat(a.steps().get(0).error()).isNull();
        assertThat(a.table().rows()).hasSize(4);
        assertThat(a.table().columns()).extracting(c -> c.name()).contains("period", "point", "lo95", "hi95");
        assertThat(server.lastMessages().toString()).contains("\\\"method\\\"").doesNotContain("backtest");
    }

    @Test
    void a_misspelt_filter_value_goes_back_to_the_llm_as_the_tools_problem() {
        server.then(call("forecast", "{\"product_type_name\":\"Trousrs\"}"), text("I could not find that product type."));
        Answer a = fixture.agent(LlmFixture.config(server, false)).ask(Question.of("forecast trousrs", "test"));
        assertThat(a.steps().get(0).error()).startsWith("unknown_value");
        assertThat(server.lastMessages().toString()).contains("unknown_value");
    }

    @Test
    void segments_profile_the_buyers_of_a_product_type() {
        server.then(call("customer_segments", "{\"analysis\":\"buyers\",\"product_type_name\":\"Bikini top\"}"),
                text("Young customers buy bikini tops."));

        Answer a = fixture.agent(LlmFixture.config(server, false)).ask(Question.of("who buys bikini tops?", "test"));

        assertThat(a.steps().get(0).tool()).isEqualTo("customer_segments");
        assertThat(a.steps().get(0).error()).isNull();
        assertThat(a.table()).isNotNull();
        assertThat(a.table().rows()).isNotEmpty();
    }

    @Test
    void churn_risk_lists_the_customers_most_at_risk() {
        server.then(call("churn_risk", "{\"top\":5}"), text("Five customers are most at risk."));

        Answer a = fixture.agent(LlmFixture.config(server, false)).ask(Question.of("who is about to churn?", "test"));

        assertThat(a.steps().get(0).tool()).isEqualTo("churn_risk");
        assertThat(a.steps().get(0).error()).isNull();
        assertThat(a.table().rows()).hasSize(5);
    }

    @Test
    void a_product_report_gives_its_recommendations_as_the_table_and_its_forecast_as_the_chart() {
        server.then(call("product_report", "{\"product_type\":\"Trousers\"}"), text("Trousers are steady."));

        Answer a = fixture.agent(LlmFixture.config(server, false)).ask(Question.of("how are trousers doing?", "test"));

        assertThat(a.steps().get(0).tool()).isEqualTo("product_report");
        assertThat(a.steps().get(0).error()).isNull();
        assertThat(a.steps().get(0).sql()).isNotBlank();
        assertThat(a.table().columns()).extracting(c -> c.name()).containsExactly("section", "action", "because");
        assertThat(a.table().rows()).isNotEmpty();
        assertThat(a.chart()).isNotNull();
        // The LLM reads the figures (lifecycle, channels, forecast), not the spec or the backtest.
        assertThat(server.lastMessages().toString()).contains("lifecycle", "onlineShare")
                .doesNotContain("$schema").doesNotContain("backtest");
    }

    @Test
    void a_report_on_an_unknown_product_type_goes_back_to_the_llm_with_the_problem() {
        server.then(call("product_report", "{\"product_type\":\"Trousrs\"}"), text("I could not find that product type."));

        Answer a = fixture.agent(LlmFixture.config(server, false)).ask(Question.of("report on trousrs", "test"));

        assertThat(a.steps().get(0).failed()).isTrue();
        assertThat(server.lastMessages().toString()).contains("Trousers");
    }

    @Test
    void a_report_needs_exactly_one_subject() {
        server.then(call("product_report", "{\"product_type\":\"Trousers\",\"article_id\":\"0108775015\"}"),
                text("Which one?"));

        Answer a = fixture.agent(LlmFixture.config(server, false)).ask(Question.of("report", "test"));

        assertThat(a.steps().get(0).error()).contains("exactly one of article_id and product_type");
    }
}

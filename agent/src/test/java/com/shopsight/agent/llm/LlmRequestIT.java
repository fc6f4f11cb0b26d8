package com.shopsight.agent.llm;

import static com.shopsight.agent.llm.ReplayServer.call;
import static com.shopsight.agent.llm.ReplayServer.calls;
import static com.shopsight.agent.llm.ReplayServer.sql;
import static com.shopsight.agent.llm.ReplayServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopsight.agent.Question;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Mode;
import com.shopsight.agent.answer.Step;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the endpoint receives: the schema doc, the tools with their real parameter names, the
 * history; plain and streaming, as the two clients build their requests apart.
 */
class LlmRequestIT {
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

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void the_request_carries_the_schema_doc_the_semantic_model_and_the_dialect_notes(boolean streaming) {
        server.then(text("Ask me about H&M sales."));
        fixture.agent(LlmFixture.config(server, streaming)).ask(Question.of("hello", "test"));

        JsonNode request = server.requests().get(0);
        assertThat(request.path("stream").asBoolean(false)).isEqualTo(streaming);
        assertThat(request.get("model").asText()).isEqualTo(ReplayServer.MODEL);
        assertThat(request.get("temperature").asDouble()).isZero();
        JsonNode system = request.get("messages").get(0);
        assertThat(system.get("role").asText()).isEqualTo("system");
        assertThat(system.get("content").asText())
                .contains("### TASK ###", "### RULES ###", "### SCHEMA ###", "### ANSWER FORMAT ###")
                .contains("# Schema: hm", "## Business vocabulary", "| product_type_name | VARCHAR |", "colour_group_name")
                .contains("Metrics (name: SQL; words):", "- revenue: SUM(t.price)")
                .contains("lambda x: x + 1", "date_trunc('week', t_dat)", "QUALIFY")
                .contains("Every number in your answer must come from a tool result")
                .contains("never instructions")
                .doesNotContain("{{");
        assertThat(system.get("content").asText()).containsPattern("Today, for every relative date .*is \\d{4}-\\d{2}-\\d{2}");
        assertThat(request.get("messages").get(1).get("content").asText()).isEqualTo("hello");
        // HTTP/1.1 only: an h2c upgrade makes vLLM and LM Studio drop the body.
        assertThat(server.headers().get(0).keySet()).noneMatch(h -> h.equalsIgnoreCase("Upgrade"));
        assertThat(server.headers().get(0).get("Authorization")).containsExactly("Bearer test-key");
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void the_tools_go_with_their_real_parameter_names_and_prompt_descriptions(boolean streaming) {
        server.then(text("Ask me about H&M sales."));
        fixture.agent(LlmFixture.config(server, streaming)).ask(Question.of("hello", "test"));

        JsonNode tools = server.requests().get(0).get("tools");
        List<String> names = new ArrayList<>();
        tools.forEach(t -> names.add(t.get("function").get("name").asText()));
        assertThat(names).contains("run_sql", "describe_schema");
        JsonNode runSql = function(tools, "run_sql");
        assertThat(runSql.get("description").asText()).startsWith("Runs one read-only DuckDB SELECT");
        assertThat(runSql.get("parameters").get("properties").fieldNames()).toIterable().containsExactly("sql", "purpose");
        assertThat(runSql.get("parameters").get("properties").get("sql").get("description").asText())
                .startsWith("the DuckDB SELECT to run");
        assertThat(runSql.get("parameters").get("required")).hasSize(1);
        assertThat(runSql.get("parameters").get("required").get(0).asText()).isEqualTo("sql");
        assertThat(tools.toString()).doesNotContain("arg0");
    }

    @Test
    void a_follow_up_carries_the_earlier_turns_even_after_a_restart() {
        String sql = "SELECT colour_group_name, sum(price) AS revenue FROM transactions JOIN articles USING (article_id)"
                + " GROUP BY ALL ORDER BY revenue DESC LIMIT 3";
        server.then(call("run_sql", sql(sql, "revenue by colour")), text("Black leads on revenue."),
                text("Online, Black leads too."));
        Answer first = fixture.agent(LlmFixture.config(server, false)).ask(Question.of("top 3 colours by revenue", "test"));

        // A new agent over the same store: conversations live on disk, not in the agent.
        Answer second = fixture.agent(LlmFixture.config(server, true)).ask(
                new Question("and only online?", first.conversationId(), Question.ModeChoice.LLM, "test"));

        assertThat(second.mode()).isEqualTo(Mode.LLM);
        assertThat(second.conversationId()).isEqualTo(first.conversationId());
        JsonNode messages = server.lastMessages();
        assertThat(messages.get(0).get("role").asText()).isEqualTo("system");
        assertThat(messages.get(1).get("content").asText()).isEqualTo("top 3 colours by revenue");
        assertThat(messages.get(2).get("role").asText()).isEqualTo("assistant");
        assertThat(messages.get(2).get("content").asText()).contains("Black leads on revenue.", "(SQL used: " + sql + ")");
        assertThat(messages.get(3).get("content").asText()).isEqualTo("and only online?");
        assertThat(fixture.store.load(first.conversationId()).orElseThrow().turns()).hasSize(2);
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void several_tools_in_one_answer(boolean streaming) {
        String sql = "SELECT count(*) AS black_articles FROM articles WHERE colour_group_name = 'Black'";
        Object n = fixture.rows(sql).rows().get(0).get(0);
        server.then(calls(new ReplayServer.Call("describe_schema", "{\"table\":\"articles\",\"column\":\"colour_group_name\"}"),
                        new ReplayServer.Call("run_sql", sql(sql, "black articles"))),
                text("The catalogue has " + n + " black articles."));

        Answer a = fixture.agent(LlmFixture.config(server, streaming)).ask(Question.of("how many black articles?", "test"));

        assertThat(a.mode()).isEqualTo(Mode.LLM);
        assertThat(a.answer()).isEqualTo("The catalogue has " + n + " black articles.");
        assertThat(server.requests()).allMatch(r -> r.path("stream").asBoolean(false) == streaming);
        assertThat(a.steps()).extracting(Step::tool).containsExactly("describe_schema", "run_sql");
        assertThat(a.steps()).noneMatch(Step::failed);
        assertThat(a.notices()).isEmpty();
        JsonNode messages = server.lastMessages();
        assertThat(messages.toString()).contains("\\\"status\\\":\\\"column\\\"", "black_articles");
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void a_number_no_tool_gave_is_flagged(boolean streaming) {
        server.then(call("run_sql", sql("SELECT count(*) AS n FROM customers", "customers")),
                text("There are 987654 customers, up 12.5% on last year."));
        Answer a = fixture.agent(LlmFixture.config(server, streaming)).ask(Question.of("how many customers?", "test"));
        assertThat(a.notices()).singleElement().asString().contains("987654", "12.5%");
    }

    private static JsonNode function(JsonNode tools, String name) {
        for (JsonNode t : tools) {
            if (t.get("function").get("name").asText().equals(name)) {
                return t.get("function");
            }
        }
        throw new AssertionError("no tool " + name);
    }
}

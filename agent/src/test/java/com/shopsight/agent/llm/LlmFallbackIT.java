package com.shopsight.agent.llm;

import static com.shopsight.agent.llm.ReplayServer.call;
import static com.shopsight.agent.llm.ReplayServer.sql;
import static com.shopsight.agent.llm.ReplayServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.agent.Question;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Mode;
import com.shopsight.agent.answer.Step;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every way the LLM can fail ends in the offline planner's answer with a notice that says
 * why, plain and streaming; queries that keep failing end in an honest failure instead.
 */
class LlmFallbackIT {
    static final String QUESTION = "top 3 colours by revenue";

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

    static Stream<Arguments> modes() {
        return Stream.of(Arguments.of(false), Arguments.of(true));
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void should_fall_back_when_the_llm_cannot_be_reached(boolean streaming) throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0)) {
            port = closed.getLocalPort();
        }
        LlmConfig config = LlmConfig.at("http://127.0.0.1:" + port + "/v1", null, "m").withRetries(0).withStreaming(streaming);

        assertFellBack(ask(config), "could not be reached (connection refused)");
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void should_fall_back_when_the_key_is_refused(boolean streaming) {
        server.then(new ReplayServer.Status(401, "Incorrect API key provided: test-key"));
        Answer a = ask(LlmFixture.config(server, streaming));
        assertFellBack(a, "refused the API key (HTTP 401); check OPENAI_API_KEY");
        assertThat(String.join(" ", a.notices())).doesNotContain("test-key");
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void should_fall_back_when_the_llm_limits_requests(boolean streaming) {
        server.then(new ReplayServer.Status(429, "Rate limit reached"));
        assertFellBack(ask(LlmFixture.config(server, streaming)), "limiting requests (HTTP 429)");
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void should_fall_back_on_a_server_error(boolean streaming) {
        server.then(new ReplayServer.Status(500, "The server had an error"));
        assertFellBack(ask(LlmFixture.config(server, streaming)), "server error (HTTP 500)");
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void should_fall_back_when_the_llm_times_out(boolean streaming) {
        server.then(new ReplayServer.Hang());
        LlmConfig config = LlmFixture.config(server, streaming).withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(30));
        assertFellBack(ask(config), "timed out");
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void should_fall_back_when_tool_arguments_stay_malformed(boolean streaming) {
        server.then(call("run_sql", "{\"sql\": \"SELECT 1"), call("run_sql", "{sql: SELECT 1}"));
        Answer a = ask(LlmFixture.config(server, streaming));
        assertFellBack(a, "tool arguments that could not be read");
        // The first malformed call went back to the LLM to repair, with what was wrong.
        assertThat(server.requests()).hasSize(2);
        assertThat(server.requests().get(1).toString()).contains("bad_arguments", "not valid JSON");
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void should_fall_back_when_the_llm_calls_tools_without_end(boolean streaming) {
        server.forever(call("run_sql", sql("SELECT 1 AS one", "checking")));
        Answer a = ask(LlmFixture.config(server, streaming).withLimits(3, 3));
        assertFellBack(a, "kept calling tools without answering");
        assertThat(server.requests()).hasSize(4);
        assertThat(a.usage().llmCalls()).isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void a_malformed_call_the_llm_repairs_is_answered_by_the_llm(boolean streaming) {
        server.then(call("run_sql", "{\"sql\": "), call("run_sql", sql("SELECT count(*) AS n FROM articles", "articles")),
                text("There are " + fixture.rows("SELECT count(*) FROM articles").rows().get(0).get(0) + " articles."));
        Answer a = ask(LlmFixture.config(server, streaming));
        assertThat(a.mode()).isEqualTo(Mode.LLM);
        assertThat(a.steps()).extracting(Step::error).first().asString().startsWith("bad arguments: not valid JSON");
        assertThat(a.notices()).isEmpty();
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void queries_that_keep_failing_end_in_an_honest_failure_with_the_last_error(boolean streaming) {
        server.then(call("run_sql", sql("SELECT colour FROM articles", "a")), call("run_sql", sql("SELECT colours FROM articles", "b")),
                call("run_sql", sql("SELECT colour_grp FROM articles", "c")));
        Answer a = ask(LlmFixture.config(server, streaming));
        assertThat(a.mode()).isEqualTo(Mode.LLM);
        assertThat(a.steps()).hasSize(3).allMatch(Step::failed);
        assertThat(a.answer()).contains("rejected all 3 queries", "colour_grp", "unknown_column");
        assertThat(a.table()).isNull();
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void a_tool_that_does_not_exist_is_a_failed_step_the_llm_hears_about() {
        server.then(call("drop_table", "{\"name\":\"transactions\"}"), text("I cannot do that."));
        Answer a = fixture.agent(LlmFixture.config(server, false)).ask(Question.of("drop the table", "test"));
        assertThat(a.mode()).isEqualTo(Mode.LLM);
        assertThat(a.steps()).singleElement().satisfies(s -> {
            assertThat(s.tool()).isEqualTo("drop_table");
            assertThat(s.error()).isEqualTo("unknown tool");
        });
        assertThat(server.lastMessages().toString()).contains("There is no tool drop_table", "run_sql");
    }

    @Test
    void retries_a_server_error_before_giving_up() {
        server.then(new ReplayServer.Status(503, "overloaded"), text("Hello: ask me about sales."));
        Answer a = fixture.agent(LlmFixture.config(server, false).withRetries(1)).ask(Question.of(QUESTION, "test"));
        assertThat(a.mode()).isEqualTo(Mode.LLM);
        assertThat(server.requests()).hasSize(2);
    }

    private Answer ask(LlmConfig config) {
        return fixture.agent(config).ask(new Question(QUESTION, null, Question.ModeChoice.LLM, "test"));
    }

    private static void assertFellBack(Answer a, String why) {
        assertThat(a.mode()).isEqualTo(Mode.OFFLINE);
        assertThat(a.notices()).isNotEmpty();
        assertThat(a.notices().get(0)).contains(why).endsWith("The offline planner answered instead.");
        // The planner's own answer, with its table: the user gets an answer, never a stack trace.
        assertThat(a.table()).isNotNull();
        assertThat(a.answer()).doesNotContain("Exception", "\tat ");
    }
}

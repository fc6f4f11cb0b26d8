package com.shopsight.agent.llm;

import static com.shopsight.agent.llm.ReplayServer.call;
import static com.shopsight.agent.llm.ReplayServer.sql;
import static com.shopsight.agent.llm.ReplayServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.agent.Question;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.AnswerListener;
import com.shopsight.agent.answer.Mode;
import com.shopsight.agent.answer.Step;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

    static Stream<Arguments> passingFailures() {
        return Stream.of(false, true).flatMap(streaming -> Stream.of(
                Arguments.of(streaming, new ReplayServer.Status(503, "overloaded")),
                Arguments.of(streaming, new ReplayServer.Status(429, "Rate limit reached")),
                Arguments.of(streaming, new ReplayServer.Drop())));
    }

    @ParameterizedTest(name = "streaming={0}, {1}")
    @MethodSource("passingFailures")
    void retries_a_passing_failure_and_the_llm_answers(boolean streaming, ReplayServer.Reply failure) {
        server.then(failure, text("Hello: ask me about sales."));
        Answer a = ask(LlmFixture.config(server, streaming).withRetries(2));
        assertThat(a.mode()).isEqualTo(Mode.LLM);
        assertThat(a.answer()).isEqualTo("Hello: ask me about sales.");
        assertThat(a.notices()).isEmpty();
        assertThat(server.requests()).hasSize(2);
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void a_refused_key_is_not_retried(boolean streaming) {
        server.then(new ReplayServer.Status(401, "Incorrect API key provided"), text("never sent"));
        assertFellBack(ask(LlmFixture.config(server, streaming).withRetries(2)), "refused the API key (HTTP 401)");
        assertThat(server.requests()).hasSize(1);
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void a_bad_request_is_not_retried(boolean streaming) {
        server.then(new ReplayServer.Status(400, "Invalid parameter: temperature"), text("never sent"));
        assertFellBack(ask(LlmFixture.config(server, streaming).withRetries(2)), "rejected the request (HTTP 400)");
        assertThat(server.requests()).hasSize(1);
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void falls_back_once_the_retries_are_used_up(boolean streaming) {
        server.forever(new ReplayServer.Status(503, "overloaded"));
        assertFellBack(ask(LlmFixture.config(server, streaming).withRetries(2)), "server error (HTTP 503)");
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void a_streamed_call_is_retried_in_a_later_round_of_the_tool_loop() {
        server.then(call("run_sql", sql("SELECT count(*) AS n FROM articles", "articles")),
                new ReplayServer.Status(503, "overloaded"),
                text("There are " + fixture.rows("SELECT count(*) FROM articles").rows().get(0).get(0) + " articles."));
        Answer a = ask(LlmFixture.config(server, true).withRetries(1));
        assertThat(a.mode()).isEqualTo(Mode.LLM);
        assertThat(a.notices()).isEmpty();
        assertThat(a.steps()).singleElement().satisfies(s -> assertThat(s.failed()).isFalse());
        // The retry is the same request again: the tool's result went along both times.
        assertThat(server.requests()).hasSize(3);
        assertThat(server.requests().get(2).get("messages")).isEqualTo(server.requests().get(1).get("messages"));
    }

    @Test
    void a_stream_that_breaks_after_its_text_began_is_not_replayed() {
        server.then(new ReplayServer.Broken("The best colour is Black, by far."), text("A second, different answer."));
        List<String> streamed = new CopyOnWriteArrayList<>();
        AnswerListener listener = new AnswerListener() {
            @Override
            public void text(String delta) {
                streamed.add(delta);
            }
        };
        // A short answer timeout, so that a stream that never ends fails this test rather than waits.
        LlmConfig config = LlmFixture.config(server, true).withRetries(2).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10));
        long start = System.nanoTime();
        Answer a = fixture.agent(config)
                .ask(new Question(QUESTION, null, Question.ModeChoice.LLM, "test"), listener);
        assertThat(server.requests()).hasSize(1);
        assertThat(String.join("", streamed)).contains("The best colour").doesNotContain("A second");
        assertThat(a.mode()).isEqualTo(Mode.OFFLINE);
        assertThat(a.notices().get(0)).doesNotContain("timed out").endsWith("The offline planner answered instead.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
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

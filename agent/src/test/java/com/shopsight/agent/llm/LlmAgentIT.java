package com.shopsight.agent.llm;

import static com.shopsight.agent.llm.ReplayServer.call;
import static com.shopsight.agent.llm.ReplayServer.sql;
import static com.shopsight.agent.llm.ReplayServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopsight.agent.Question;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.AnswerListener;
import com.shopsight.agent.answer.Mode;
import com.shopsight.agent.answer.Step;
import com.shopsight.tools.gate.Rows;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The LLM agent against the replay server: tool calls, SQL repair, several tools, memory, streaming. */
class LlmAgentIT {
    static final String BAD = "SELECT prod_type, count(*) AS units FROM transactions t JOIN articles a USING (article_id)"
            + " GROUP BY 1 ORDER BY 2 DESC LIMIT 3";
    static final String GOOD = "SELECT product_type_name, count(*) AS units FROM transactions t JOIN articles a"
            + " USING (article_id) GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 3";

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
    void a_rejected_query_goes_back_to_the_llm_which_repairs_it_and_answers(boolean streaming) {
        Rows top = fixture.rows(GOOD);
        String first = (String) top.rows().get(0).get(0);
        Object units = top.rows().get(0).get(1);
        String reply = "**" + first + "** sold the most: " + units + " units.";
        server.then(call("run_sql", sql(BAD, "units by product type")), call("run_sql", sql(GOOD, "units by product type")),
                text(reply));
        Recorder events = new Recorder();

        Answer a = fixture.agent(LlmFixture.config(server, streaming)).ask(Question.of("which product types sell best?", "test"),
                events);

        assertThat(a.mode()).isEqualTo(Mode.LLM);
        assertThat(a.model()).isEqualTo(ReplayServer.MODEL);
        assertThat(a.answer()).isEqualTo(reply);
        assertThat(a.steps()).extracting(Step::tool).containsExactly("run_sql", "run_sql");
        assertThat(a.steps().get(0).error()).startsWith("unknown_column");
        assertThat(a.steps().get(1).error()).isNull();
        assertThat(a.steps().get(1).rows()).isEqualTo(3);
        assertThat(a.sql()).isEqualTo(GOOD);
        assertThat(a.table().rows()).hasSize(3);
        assertThat(a.notices()).isEmpty();
        assertThat(a.usage().llmCalls()).isEqualTo(3);
        assertThat(a.usage().inputTokens()).isEqualTo(300);
        assertThat(a.usage().outputTokens()).isEqualTo(30);
        assertThat(a.understood()).contains("units by product type");
        // The rejection reached the LLM as the tool's result, with the code and the nearest column.
        JsonNode rejection = server.requests().get(1).get("messages").get(3);
        assertThat(rejection.get("role").asText()).isEqualTo("tool");
        assertThat(rejection.get("content").asText()).contains("\"status\":\"rejected\"", "unknown_column", "prod_type",
                "product_type_name", "\"attemptsLeft\":2");
        assertThat(events.log).containsSubsequence("start run_sql", "finish run_sql unknown_column", "start run_sql",
                "finish run_sql 3 rows");
        assertThat(events.text()).isEqualTo(reply);
    }

    /** Records what a listener hears. */
    static final class Recorder implements AnswerListener {
        final List<String> log = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        @Override
        public synchronized void stepStarted(String tool, JsonNode input) {
            log.add("start " + tool);
        }

        @Override
        public synchronized void stepFinished(Step step) {
            log.add("finish " + step.tool() + (step.error() != null ? " " + step.error().split(" ")[0].replace(":", "")
                    : step.rows() != null ? " " + step.rows() + " rows" : ""));
        }

        @Override
        public synchronized void text(String delta) {
            log.add("text");
            text.append(delta);
        }

        synchronized String text() {
            return text.toString();
        }
    }
}

package com.shopsight.web.slack;

import static com.shopsight.web.slack.HooksServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopsight.agent.Question;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generic webhook: answers inline, or posts the signed Answer JSON to an allowed callback, and nowhere else. */
class WebhookTest {
    @TempDir
    static Path folder;

    private static HooksServer server;

    @BeforeAll
    static void start() {
        server = HooksServer.start(folder);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void clean() {
        server.agent().reset();
        server.standIn.drain();
    }

    @Test
    void answers_inline_with_the_answer_json() {
        HttpResponse<String> r = server.webhook("{\"question\": \"top 5 colours by revenue\"}");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode answer = json(r.body());
        assertThat(answer.path("answer").asText()).startsWith("Top 5 colours by revenue");
        assertThat(answer.path("table").path("rows")).hasSize(5);
        assertThat(answer.path("sql").asText()).startsWith("SELECT");
        assertThat(answer.path("mode").asText()).isEqualTo("offline");
        assertThat(server.agent().questions()).extracting(Question::surface).containsExactly("webhook");
    }

    @Test
    void continues_a_conversation_by_its_id() {
        String conversation = json(server.webhook("{\"question\": \"top 5 product types by units sold\"}").body())
                .path("conversationId").asText();

        JsonNode followUp = json(server.webhook("{\"question\": \"and in 2019?\", \"conversationId\": \"" + conversation + "\"}").body());

        assertThat(followUp.path("conversationId").asText()).isEqualTo(conversation);
        assertThat(followUp.path("answer").asText()).startsWith("Top 5 product types by units sold, 2019");
    }

    @Test
    void posts_the_signed_answer_json_to_an_allowed_callback() {
        String callback = server.standIn.url("receiver/answers").toString();

        HttpResponse<String> r = server.webhook("{\"question\": \"top 3 colours by revenue\", \"callbackUrl\": \"" + callback + "\"}");

        assertThat(r.statusCode()).isEqualTo(202);
        String conversation = json(r.body()).path("conversationId").asText();
        assertThat(json(r.body()).path("status").asText()).isEqualTo("accepted");
        StandIn.Received posted = server.standIn.next(60);
        assertThat(posted.path()).isEqualTo("/receiver/answers");
        assertThat(posted.json().path("answer").asText()).startsWith("Top 3 colours by revenue");
        assertThat(posted.json().path("conversationId").asText()).isEqualTo(conversation);
        String ts = posted.header(Hooks.WEBHOOK_TIMESTAMP);
        V0Signature.Check check = new V0Signature(HooksServer.WEBHOOK_SECRET, server.clock)
                .check(ts, posted.header(Hooks.WEBHOOK_SIGNATURE), posted.body().getBytes(StandardCharsets.UTF_8));
        assertThat(check).as("the receiver can check the answer came from this server").isInstanceOf(V0Signature.Valid.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://evil.example/collect",
        "http://receiver.example.com/plain-http",
        "https://10.0.0.5/internal",
        "http://169.254.169.254/latest/meta-data/",
        "https://[::1]/x",
        "file:///etc/passwd"})
    void refuses_a_callback_off_the_allow_list_and_runs_nothing(String url) {
        HttpResponse<String> r = server.webhook("{\"question\": \"top 3 colours\", \"callbackUrl\": \"" + url + "\"}");

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(json(r.body()).path("code").asText()).isEqualTo("callback_not_allowed");
        assertThat(server.agent().questions()).isEmpty();
    }

    @Test
    void does_not_follow_a_redirect_from_an_allowed_host() {
        server.standIn.reply("/redirect", new StandIn.Reply(302, Map.of("Location", server.standIn.url("elsewhere").toString()), ""));

        HttpResponse<String> r = server.webhook("{\"question\": \"top 3 colours\", \"callbackUrl\": \""
                + server.standIn.url("redirect") + "\"}");

        assertThat(r.statusCode()).isEqualTo(202);
        assertThat(server.standIn.next(60).path()).isEqualTo("/redirect");
        // A sentinel callback: it arrives after the redirect's job has ended, and nothing went to /elsewhere.
        server.webhook("{\"question\": \"top 2 colours\", \"callbackUrl\": \"" + server.standIn.url("sentinel") + "\"}");
        assertThat(server.standIn.next(60).path()).isEqualTo("/sentinel");
        assertThat(server.standIn.drain()).isEmpty();
    }

    @Test
    void a_request_without_a_question_is_a_bad_request() {
        HttpResponse<String> r = server.webhook("{\"conversationId\": \"c-1\"}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r.body()).path("message").asText()).isEqualTo("question is required");
        assertThat(server.agent().questions()).isEmpty();
    }
}
